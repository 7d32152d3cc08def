/** The progress bar of a research run, drawn on stderr when it is a terminal. */

export interface ProgressState {
  done: number;
  skipped: number;
  /** Files to do, when known (a list on stdin is not counted ahead). */
  total: number | null;
  elapsedMs: number;
}

/** One line: `[█████·····]  345/756  45%  120.4 files/s  1 skipped`. */
export function progressLine(s: ProgressState, columns = 80): string {
  const rate = s.elapsedMs > 0 ? (s.done * 1000) / s.elapsedMs : 0;
  const tail = `${s.total !== null ? `${s.done}/${s.total}  ${Math.floor((100 * s.done) / Math.max(1, s.total))}%` : `${s.done} files`}  ${rate.toFixed(1)} files/s${s.skipped ? `  ${s.skipped} skipped` : ''}`;
  if (s.total === null) return tail.slice(0, columns - 1);
  const barWidth = Math.max(10, Math.min(40, columns - tail.length - 5));
  const filled = Math.round((barWidth * Math.min(s.done, s.total)) / Math.max(1, s.total));
  return `[${'█'.repeat(filled)}${'·'.repeat(barWidth - filled)}]  ${tail}`.slice(0, columns - 1);
}

/** Redraws the line at most every `everyMs`; clears it when done. Does nothing unless `stream` is a terminal. */
export class ProgressBar {
  private last = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly everyMs = 100) {}

  get active(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(s: ProgressState, force = false): void {
    if (!this.active) return;
    const now = Date.now();
    if (!force && now - this.last < this.everyMs) return;
    this.last = now;
    this.stream.write(`\r${progressLine(s, this.stream.columns || 80)}\u001b[K`);
    this.drawn = true;
  }

  /** A message on its own line, the bar redrawn below it next time. */
  note(text: string): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.stream.write(`${text}\n`);
    this.last = 0;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}
