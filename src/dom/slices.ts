/** Page work in slices: never more than a few milliseconds on the page's main thread at a time. */

/** Longest stretch of work between two yields. */
export const SLICE_MS = 8;

/** Give the main thread back: scheduler.yield() where the browser has it, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one job: `due()` says when the current slice is used up; `next()` yields and starts a new one. */
export class Slicer {
  private start = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.start > this.sliceMs;
  }

  async next(): Promise<void> {
    await yieldToMain();
    this.start = performance.now();
  }
}
