import { describe, expect, it } from 'vitest';
import { MessageError, type MessageFailure } from './bus';
import { withRetry } from './retry';

/** A sender that fails with each listed failure in turn, then answers 'report'. */
function failing(failures: Array<MessageFailure | 'plain'>): { send: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    send: async () => {
      const f = failures[calls++];
      if (f === undefined) return 'report';
      throw f === 'plain' ? new Error('not a message error') : new MessageError(f, f);
    },
    calls: () => calls,
  };
}

describe('asking the background again', () => {
  const policy = { afterDeath: 1, afterMiss: 3, pauseMs: 10 };
  const cases: Array<{ name: string; failures: Array<MessageFailure | 'plain'>; answer: string | MessageFailure | 'plain'; calls: number; pauses: number[] }> = [
    { name: 'answered at once', failures: [], answer: 'report', calls: 1, pauses: [] },
    { name: 'one death, then a new worker answers', failures: ['disconnected'], answer: 'report', calls: 2, pauses: [10] },
    { name: 'two deaths: the error state', failures: ['disconnected', 'disconnected'], answer: 'disconnected', calls: 2, pauses: [10] },
    { name: 'a death, then a stopping worker refuses twice, then a new worker answers', failures: ['disconnected', 'no-receiver', 'no-receiver'], answer: 'report', calls: 4, pauses: [10, 20, 30] },
    { name: 'unreachable three times, then answered', failures: ['no-receiver', 'no-receiver', 'no-receiver'], answer: 'report', calls: 4, pauses: [10, 20, 30] },
    { name: 'unreachable four times: given up', failures: ['no-receiver', 'no-receiver', 'no-receiver', 'no-receiver'], answer: 'no-receiver', calls: 4, pauses: [10, 20, 30] },
    { name: 'the engine failed: final at once', failures: ['handler'], answer: 'handler', calls: 1, pauses: [] },
    { name: 'the extension was reloaded: final at once', failures: ['invalidated'], answer: 'invalidated', calls: 1, pauses: [] },
    { name: 'an answer that is no envelope: final at once', failures: ['bad-answer'], answer: 'bad-answer', calls: 1, pauses: [] },
    { name: 'an error that is no message error: final at once', failures: ['plain'], answer: 'plain', calls: 1, pauses: [] },
  ];
  it.each(cases)('$name', async ({ failures, answer, calls, pauses }) => {
    const { send, calls: made } = failing(failures);
    const waited: number[] = [];
    const outcome = await withRetry(send, policy, async (ms) => { waited.push(ms); }).catch((e: unknown) => (e instanceof MessageError ? e.failure : 'plain'));
    expect(outcome).toBe(answer);
    expect(made()).toBe(calls);
    expect(waited).toEqual(pauses);
  });
});
