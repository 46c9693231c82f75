/** Lets other requests run between the batches of an export (a macrotask, after pending I/O callbacks). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
