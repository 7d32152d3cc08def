/** Page work in slices: never more than a few milliseconds on the page's main thread at a time. */

/** Longest stretch of work between two yields. */
export const SLICE_MS = 8;

type PostTask = (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;

/**
 * Give the main thread back, and the page's own tasks a turn: a task of ordinary priority queued behind them
 * (scheduler.postTask, else a macrotask). Not scheduler.yield(): its continuation goes ahead of every ordinary task,
 * so the page's own work waited for all of Sourcelight's (in Chromium 156 a page's 20 ms timer ran once while a
 * 20 MB page was read for 654 ms; 8 times in 834 ms with this), and no long task showed it.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (s?.postTask) return s.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * After the page's next rendering (its styles and layout brought up to date), or after 50 ms when no frame comes.
 * Reading before it, the first computed-style read restyles a page that just loaded inside Sourcelight's own task:
 * 70-120 ms of CPU on a page of 100,000 elements, in Chromium 156. A hidden tab renders nothing and throttles its
 * timers (a re-read switched on while the tab was in the background waited over 30 s in Firefox ESR 153): no wait.
 */
export function afterRendering(win: Window | null | undefined): Promise<void> {
  if (!win || win.document?.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    win.requestAnimationFrame?.(() => { clearTimeout(timer); setTimeout(resolve, 0); });
  });
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
