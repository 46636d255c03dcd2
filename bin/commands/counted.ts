/** "1 row", "3 rows"; `many` for a noun whose plural is not the singular plus s. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
