import type { RowBatch } from "./read-rows";
import { openDecoded } from "./decode";
import { readJsonLines } from "./read-jsonl";
import { readRows } from "./read-rows";
import type { TableShape } from "./sniff-table";
import { readXlsxRows } from "./read-xlsx";

export type OpenRows = { batches: AsyncIterable<RowBatch>; bytesRead: () => number };

/** Streams a file's rows in batches, whatever its format; memory stays flat. */
export function openRows(file: string, shape: TableShape, options: { sheet?: string } = {}): OpenRows {
  if (shape.format === "xlsx") return readXlsxRows(file, options.sheet);
  const { text, bytesRead } = openDecoded(file, shape.encoding);
  const batches = shape.format === "jsonl" ? readJsonLines(text) : readRows(text, shape.rowFormat);
  return { batches, bytesRead };
}
