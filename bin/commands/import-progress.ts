import type { ImportProgress } from "@/lib/ingest/run-import";

/** What an import or rollback says while another process's holds the database. */
export const WAITING_TEXT = "waiting for another import or rollback to finish…";

// A terminal's line is redrawn at most this often while rows are read.
const REDRAW_MS = 250;

/**
 * Progress on stderr. A terminal gets one line redrawn in place; a pipe or
 * a log file gets a plain line per phase, since carriage returns and erase
 * codes only garble it.
 */
export function progressWriter(stream: NodeJS.WriteStream, dryRun: boolean) {
  const prefix = dryRun ? "dry run: " : "";
  let lastShown = 0;
  let lastPhase: ImportProgress["phase"] | null = null;
  const line = (p: ImportProgress) => p.phase === "waiting"
    ? `${prefix}${WAITING_TEXT}`
    : `${prefix}${p.rowsRead.toLocaleString("en")} rows read, ${phaseText(p.phase, dryRun)}…`;
  return {
    show(progress: ImportProgress) {
      if (!stream.isTTY) {
        if (progress.phase !== lastPhase) stream.write(`${line(progress)}\n`);
        lastPhase = progress.phase;
        return;
      }
      const now = Date.now();
      if (now - lastShown < REDRAW_MS && progress.phase === "reading") return;
      lastShown = now;
      stream.write(`\r${line(progress)}\x1b[K`);
    },
    /** Clears the redrawn line before the summary. */
    done() {
      if (stream.isTTY && lastShown > 0) stream.write("\r\x1b[K");
    },
  };
}

function phaseText(phase: ImportProgress["phase"], dryRun: boolean): string {
  if (phase === "resolving") return "matching customers";
  if (phase === "metrics") return dryRun ? "computing what would change" : "updating metrics";
  return "reading";
}
