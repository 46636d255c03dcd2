import fs from "node:fs";
import type { Readable } from "node:stream";

import iconv from "iconv-lite";

import { sniffEncoding, type Encoding } from "./sniff-encoding";

const SNIFF_BYTES = 256 * 1024;

/** Reads the first bytes of a file, enough to sniff its encoding and show a preview. */
export async function readHead(file: string, bytes = SNIFF_BYTES): Promise<Buffer> {
  const handle = await fs.promises.open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function detectFileEncoding(file: string): Promise<Encoding> {
  return sniffEncoding(await readHead(file));
}

/** A stream of decoded text, BOM removed, read in chunks so memory stays flat. */
export function openDecoded(file: string, encoding: Encoding) {
  const bytes = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const text = bytes.pipe(iconv.decodeStream(encoding, { stripBOM: true })) as unknown as Readable;
  bytes.on("error", (error) => text.destroy(error));
  return { text, bytesRead: () => bytes.bytesRead };
}

/** Decodes a head buffer for previews (the last character may be cut). */
export function decodeHead(head: Buffer, encoding: Encoding): string {
  return iconv.decode(head, encoding, { stripBOM: true });
}
