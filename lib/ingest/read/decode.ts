import fs from "node:fs";
import type { Readable } from "node:stream";

import iconv from "iconv-lite";

import type { Encoding } from "./sniff-encoding";

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

// Blocks read further into a file for its encoding: at a quarter, half, three quarters, the end.
const LATER_BLOCK = 64 * 1024;
const LATER_AT = [0.25, 0.5, 0.75, 1];

/** Blocks of a file past its head, for sniffEncoding: none for a file the head covers. */
export async function readLaterBlocks(file: string, headBytes: number): Promise<Buffer[]> {
  const handle = await fs.promises.open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size <= headBytes) return [];
    const blocks: Buffer[] = [];
    for (const share of LATER_AT) {
      const start = Math.max(headBytes, Math.min(Math.floor(size * share), size - LATER_BLOCK));
      const buffer = Buffer.alloc(LATER_BLOCK);
      const { bytesRead } = await handle.read(buffer, 0, LATER_BLOCK, start);
      blocks.push(buffer.subarray(0, bytesRead));
    }
    return blocks;
  } finally {
    await handle.close();
  }
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
