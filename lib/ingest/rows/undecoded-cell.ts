// What every decoder writes for bytes its encoding has no character for.
const REPLACEMENT = "\uFFFD";

/**
 * The first cell from `from` on holding bytes the file's encoding could not read, or -1. The encoding is
 * guessed from a few blocks of the file; a file that changes encoding past them (an ASCII
 * export whose later rows hold GBK names) would otherwise store � in silence.
 */
export function undecodedCell(cells: string[], from: number): number {
  for (let i = from; i < cells.length; i++) if (cells[i].includes(REPLACEMENT)) return i;
  return -1;
}
