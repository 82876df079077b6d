/**
 * A budget of bytes held by work in the background (file contents waiting to be hashed). Whoever
 * is about to read a file for such work reserves its size first and waits while the budget is
 * spent, so a folder of large photos cannot pile up in memory faster than they are hashed. One
 * reservation larger than the whole budget is let through when nothing else is held.
 */
export class ByteBudget {
  private held = 0;
  private waiting: { bytes: number; go: (release: () => void) => void }[] = [];

  constructor(readonly limit: number) {}

  /** Resolves, when there is room, with the function that gives the bytes back (idempotent). */
  reserve(bytes: number): Promise<() => void> {
    if (this.waiting.length === 0 && this.fits(bytes)) return Promise.resolve(this.take(bytes));
    return new Promise((go) => this.waiting.push({ bytes, go }));
  }

  get inUse(): number {
    return this.held;
  }

  private fits(bytes: number): boolean {
    return this.held === 0 || this.held + bytes <= this.limit;
  }

  private take(bytes: number): () => void {
    this.held += bytes;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.held -= bytes;
      while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
        const w = this.waiting.shift()!;
        w.go(this.take(w.bytes));
      }
    };
  }
}
