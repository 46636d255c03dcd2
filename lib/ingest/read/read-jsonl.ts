import readline from "node:readline";
import type { Readable } from "node:stream";

import type { RowBatch, RowFault } from "./read-rows";

// Keys are collected from the first objects; a key that first appears later is not read.
const KEY_SAMPLE = 100;
const BATCH = 5000;

/**
 * JSON lines (one object per line, as Zendesk's and many APIs' exports
 * are) as rows: a header row of the keys, then one row per object. Long
 * integers are read as text first, so a 19-digit id keeps its digits. The
 * keys are no line of the file: they are row 0, so the objects are numbered
 * 1, 2, 3 as the file's lines are (blank lines are not counted).
 */
export async function* readJsonLines(text: Readable): AsyncIterable<RowBatch> {
  const lines = readline.createInterface({ input: text, crlfDelay: Infinity });
  let keys: string[] | null = null;
  let pending: { line: number; value: Record<string, unknown> | null; raw: string }[] = [];
  let rows: string[][] = [];
  let faults: RowFault[] = [];
  let first = 1;
  let line = 0;

  const toRow = (value: Record<string, unknown> | null) => keys!.map((key) => cellText(value?.[key]));
  for await (const raw of lines) {
    line++;
    if (!raw.trim()) continue;
    const value = parseObject(raw);
    if (!keys) {
      pending.push({ line, value, raw });
      if (pending.length < KEY_SAMPLE) continue;
      keys = collectKeys(pending.map((p) => p.value));
      yield headBatch(keys, pending, toRow);
      first = pending.length + 1;
      pending = [];
      continue;
    }
    if (!value) faults.push(faultOf(rows.length, raw));
    rows.push(toRow(value));
    if (rows.length >= BATCH) {
      yield { rows, first, faults };
      first += rows.length;
      rows = [];
      faults = [];
    }
  }
  if (!keys) {
    keys = collectKeys(pending.map((p) => p.value));
    if (keys.length) yield headBatch(keys, pending, toRow);
    return;
  }
  if (rows.length) yield { rows, first, faults };
}

/** The keys as row 0, then the objects they were collected from. */
function headBatch(
  keys: string[],
  pending: { value: Record<string, unknown> | null; raw: string }[],
  toRow: (value: Record<string, unknown> | null) => string[],
): RowBatch {
  const faults = pending.flatMap((p, i) => (p.value ? [] : [faultOf(i + 1, p.raw)]));
  return { rows: [keys, ...pending.map((p) => toRow(p.value))], first: 0, faults };
}

function faultOf(at: number, raw: string): RowFault {
  return { at, reason: "not_json_object", text: raw.slice(0, 200) };
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(line.replace(/([:\[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"')) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function collectKeys(values: (Record<string, unknown> | null)[]): string[] {
  const keys = new Set<string>();
  for (const value of values) for (const key of Object.keys(value ?? {})) keys.add(key);
  return [...keys];
}

/** Nested values become their JSON text; a line that was not an object reads as empty cells. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
