/**
 * A fixed pool of worker threads, one task at a time per worker. A worker that dies (out of memory on a monstrous
 * file, a crash) fails only its own task and is replaced, so one bad file never loses the run.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Task, TaskResult, WorkerOptions } from './worker';

/**
 * The worker as one plain JavaScript file. Worker threads do not inherit the `tsx` loader the CLI runs under, and
 * loading the TypeScript sources through it in every thread cost ≈2.5 s per worker; esbuild bundles them once in
 * ≈0.2 s and a worker then starts in ≈0.5 s. The file sits under node_modules/.cache (so the bundle's packages
 * resolve) with the process id in its name (so concurrent runs never share one), and is removed when the pool closes.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function bundleWorker(): URL {
  const dir = fileURLToPath(new URL('../../../node_modules/.cache/sourcelight/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  // A run stopped with Ctrl-C leaves its file behind: remove those of processes no longer running.
  for (const f of readdirSync(dir)) {
    const pid = Number(/^research-worker-(\d+)\.mjs$/u.exec(f)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) rmSync(`${dir}${f}`, { force: true });
  }
  const outfile = `${dir}research-worker-${process.pid}.mjs`;
  buildSync({ entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
  return pathToFileURL(outfile);
}

/** Each worker's heap: far above any real article (the engine caps input at 2 M characters), far below the machine. */
const LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

interface Slot {
  worker: Worker;
  task: { task: Task; resolve: (r: TaskResult) => void } | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: Task; resolve: (r: TaskResult) => void }> = [];
  private closed = false;

  private readonly script: URL;
  private readonly bundled: boolean;

  /** `script` is the worker's entry point (tests give their own); by default the bundled worker.ts. */
  constructor(readonly size: number, private readonly options: WorkerOptions, script?: URL) {
    this.bundled = !script;
    this.script = script ?? bundleWorker();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.options, resourceLimits: LIMITS }), task: null };
    slot.worker.on('message', (r: TaskResult) => this.finish(slot, r));
    const died = (why: string): void => {
      if (this.closed) return;
      const pending = slot.task;
      slot.task = null;
      void slot.worker.terminate();
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      if (pending) pending.resolve({ id: pending.task.id, ok: false, error: `${pending.task.path}: worker failed (${why})` });
      this.pump();
    };
    slot.worker.on('error', (e) => died(e.message));
    slot.worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private finish(slot: Slot, r: TaskResult): void {
    const pending = slot.task;
    slot.task = null;
    pending?.resolve(r);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.queue.length) continue;
      slot.task = this.queue.shift() ?? null;
      if (slot.task) slot.worker.postMessage(slot.task.task);
    }
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (this.bundled) rmSync(this.script, { force: true });
  }
}
