import fs from "node:fs";

import { mulberry32 } from "./seeded-random";

/**
 * A seeded orders export for the import benchmark: `rows` orders of about
 * rows × 0.22 customers, emails in varying case (the importer must fold
 * them into one identifier), mixed statuses, one currency, ids as text;
 * with `names`, each buyer's name in a last column, as most real exports
 * carry it. The same seed always writes the same file.
 */
export type GenerateOptions = { rows: number; customers: number; seed?: number; names?: boolean };

export async function generateOrdersCsv(file: string, options: GenerateOptions): Promise<void> {
  const random = mulberry32(options.seed ?? 20240601);
  const out = fs.createWriteStream(file);
  const start = Date.UTC(2022, 0, 1) / 1000;
  const span = 3 * 365 * 86_400;
  let chunk = `order_id,email,created_at,status,currency,total${options.names ? ",name" : ""}\n`;
  for (let i = 0; i < options.rows; i++) {
    const customer = Math.floor(random() * options.customers);
    const seconds = start + Math.floor(random() * span);
    const cents = 500 + Math.floor(random() * 40_000);
    const status = random() < 0.03 ? "cancelled" : "paid";
    chunk += `${100_000_000 + i},${varyCase(`buyer${customer}@example.com`, random)},`;
    chunk += `${isoSeconds(seconds)},${status},USD,${(cents / 100).toFixed(2)}`;
    chunk += options.names ? `,Buyer ${customer}\n` : "\n";
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", () => resolve(undefined)));
      chunk = "";
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve, reject) => out.on("finish", () => resolve()).on("error", reject));
}

/** One address in four is written with capitals, as people type them at checkout. */
function varyCase(email: string, random: () => number): string {
  const pick = random();
  if (pick < 0.75) return email;
  if (pick < 0.9) return email[0].toUpperCase() + email.slice(1);
  return email.toUpperCase();
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ");
}
