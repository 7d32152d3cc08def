/**
 * How the content script asks again when the background could not answer. Two failures are told apart:
 * - the worker died under the request (`disconnected`: it took the message and stopped before answering): asked once
 *   more, since a worker that dies twice on the same article will likely die again, and the reader is better served by
 *   the error state and its *Try again*;
 * - the worker could not be reached (`no-receiver`): for a moment while a service worker stops, Chrome refuses
 *   messages to the extension ("Receiving end does not exist") instead of starting a new worker, so a request sent
 *   right after a death can miss; it is asked again a few times, each after a longer pause.
 * Any other failure (the engine failed, the extension was reloaded) is final at once.
 */
import { MessageError } from './bus';

export interface RetryPolicy {
  /** Asks after a death (`disconnected`). */
  readonly afterDeath: number;
  /** Asks after an unreachable worker (`no-receiver`). */
  readonly afterMiss: number;
  /** Pause before the n-th further asking (1-based): n × this many milliseconds. */
  readonly pauseMs: number;
}

export const ANALYSIS_RETRY: RetryPolicy = { afterDeath: 1, afterMiss: 3, pauseMs: 150 };

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Run `send`, asking again as `policy` allows; the last failure is the one thrown. */
export async function withRetry<R>(send: () => Promise<R>, policy: RetryPolicy = ANALYSIS_RETRY, pause: (ms: number) => Promise<void> = wait): Promise<R> {
  let deaths = 0;
  let misses = 0;
  for (;;) {
    try {
      return await send();
    } catch (e) {
      if (!(e instanceof MessageError) || !e.transient) throw e;
      if (e.failure === 'disconnected' ? ++deaths > policy.afterDeath : ++misses > policy.afterMiss) throw e;
      await pause((deaths + misses) * policy.pauseMs);
    }
  }
}
