import "server-only";

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebStream } from "node:stream/web";

import { env } from "@/lib/env";

export type Upload = { id: string; fileName: string; bytes: number; uploadedBy: string; uploadedAt: number };

// An upload nobody imported is removed after a day.
const KEEP_MS = 24 * 3600 * 1000;
const folder = () => path.join(path.dirname(env.databasePath), "uploads");
const idShape = /^[0-9a-f-]{36}$/;

/**
 * Streams an upload to disk (never into memory, and not through a server
 * action with its 1 MB limit) and remembers its name beside it, so the
 * preview, the dry run and the import all read the same file.
 */
export async function saveUpload(body: WebStream, fileName: string, uploadedBy: string): Promise<Upload> {
  await fs.promises.mkdir(folder(), { recursive: true });
  await removeStaleUploads();
  const id = randomUUID();
  const file = path.join(folder(), id);
  await pipeline(Readable.fromWeb(body), fs.createWriteStream(file));
  const upload: Upload = { id, fileName, bytes: (await fs.promises.stat(file)).size, uploadedBy, uploadedAt: Date.now() };
  await fs.promises.writeFile(`${file}.json`, JSON.stringify(upload));
  return upload;
}

/** The files a run leaves beside its upload (its mapping, a dry run's issues): removed with it. */
export const besideUpload = {
  mapping: (uploadFile: string) => `${uploadFile}.mapping.json`,
  issues: (uploadFile: string) => `${uploadFile}.issues.jsonl`,
};

export async function findUpload(id: string): Promise<(Upload & { file: string }) | null> {
  if (!idShape.test(id)) return null;
  const file = path.join(folder(), id);
  try {
    const upload = JSON.parse(await fs.promises.readFile(`${file}.json`, "utf8")) as Upload;
    return { ...upload, file };
  } catch {
    return null;
  }
}

export async function removeUpload(id: string): Promise<void> {
  if (!idShape.test(id)) return;
  const file = path.join(folder(), id);
  const leftovers = [file, `${file}.json`, besideUpload.mapping(file), besideUpload.issues(file)];
  await Promise.all(leftovers.map((leftover) => fs.promises.rm(leftover, { force: true })));
}

async function removeStaleUploads() {
  for (const name of await fs.promises.readdir(folder())) {
    if (!name.endsWith(".json")) continue;
    const stat = await fs.promises.stat(path.join(folder(), name)).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > KEEP_MS) await removeUpload(name.slice(0, -5));
  }
}
