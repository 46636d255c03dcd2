type Waiting = { id: string; start: () => void };

/**
 * Runs jobs one at a time, in the order they came. Imports, dry runs and rollbacks each write in
 * one SQLite transaction, and SQLite takes one writer at a time: started together, all but one
 * would only wait for the lock, each in a process of its own holding its memory.
 */
export class JobLine {
  private running: string | null = null;
  private readonly waiting: Waiting[] = [];

  /** Starts the job now if none runs, else lines it up behind the others. */
  add(id: string, start: () => void): void {
    this.waiting.push({ id, start });
    this.startNext();
  }

  /** The running job ended: the next one starts. */
  ended(id: string): void {
    if (this.running !== id) return;
    this.running = null;
    this.startNext();
  }

  /** Takes a job that has not started out of the line; false when it is not waiting. */
  withdraw(id: string): boolean {
    const at = this.waiting.findIndex((job) => job.id === id);
    if (at < 0) return false;
    this.waiting.splice(at, 1);
    return true;
  }

  /** How many jobs run or wait before this one; 0 once it runs. */
  ahead(id: string): number {
    const at = this.waiting.findIndex((job) => job.id === id);
    return at < 0 ? 0 : at + (this.running ? 1 : 0);
  }

  private startNext(): void {
    if (this.running) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.running = next.id;
    next.start();
  }
}
