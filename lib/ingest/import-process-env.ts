/**
 * What an import's process starts with. glibc serves blocks the size of a freed
 * large one from its heap afterwards (its mmap threshold rises with each such
 * free, up to 32 MB), and the import's many short-lived typed arrays and SQLite
 * buffers then leave holes the process never gives back. A fixed threshold keeps
 * every block over 128 KB in a mapping of its own, returned when freed: 5 M
 * orders peaked at 670–740 MB in two runs instead of 770–800, 1 M at 350
 * instead of 370, with the same CPU time. The C library reads it at start-up, so whoever starts
 * the process sets it (the web server's import jobs, `npm run strata`, the
 * benchmark).
 */
export const importProcessEnv = { MALLOC_MMAP_THRESHOLD_: "131072" } as const;
