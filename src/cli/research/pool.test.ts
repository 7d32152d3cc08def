import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from './pool';

// A stand-in worker: answers every task, except that "crash" kills the thread.
const SCRIPT = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.path === 'crash') process.exit(3);
  parentPort.postMessage({ id: task.id, ok: true, json: task.path, csv: '', stats: { site: 's', quotes: 0, anonymousQuotes: 0, voices: [] } });
});
`;

describe('the worker pool', () => {
  it('fails only the task whose worker died, replaces the worker and finishes the rest', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sourcelight-pool-')), 'worker.mjs');
    writeFileSync(file, SCRIPT);
    const pool = new WorkerPool(2, { csv: false, sitePattern: null }, pathToFileURL(file));
    try {
      const paths = ['a', 'crash', 'b', 'c', 'crash', 'd', 'e'];
      const results = await Promise.all(paths.map((path, id) => pool.run({ id, path })));
      expect(results.map((r) => (r.ok ? r.json : 'failed'))).toEqual(['a', 'failed', 'b', 'c', 'failed', 'd', 'e']);
      const failure = results[1];
      expect(failure.ok ? '' : failure.error).toBe('crash: worker failed (exit code 3)');
    } finally {
      await pool.close();
    }
  });
});
