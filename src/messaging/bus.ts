/**
 * Sending and answering typed messages. A request resolves with its response type or rejects with a
 * `MessageError` that names the cause; callers never look inside an answer for an error.
 *
 * On the wire every answer is an envelope (`{ ok: true, json }` or `{ ok: false, error }`), so a handler's failure
 * travels as data instead of leaving the sender waiting. The value travels as JSON text: Firefox clones a message's
 * object graph object by object, on the page's thread when the content script answers, and each state request for a
 * page of 4,000 quotes stalled that page 201–491 ms (16–42 ms as one string). Listeners answer through `sendResponse`
 * and `return true`,
 * which both Chrome and Firefox honour (a returned Promise is not honoured by every Chrome version).
 */
import { browser } from 'wxt/browser';
import { BACKGROUND_TYPES, CONTENT_TYPES, isMessage, type RequestOf, type ResponseOf, type ToBackground, type ToContent } from './messages';

/**
 * Why a request failed:
 * - `no-receiver`: nothing listens there (no content script in the tab, or the worker could not be started);
 * - `disconnected`: the receiver went away before answering (a service worker stopped mid-request, a tab navigated);
 * - `invalidated`: this script belongs to an extension that was reloaded or removed;
 * - `handler`: the receiver ran and failed (its message says why);
 * - `bad-answer`: the answer was not an envelope (an old or foreign listener answered).
 */
export type MessageFailure = 'no-receiver' | 'disconnected' | 'invalidated' | 'handler' | 'bad-answer';

export class MessageError extends Error {
  constructor(readonly failure: MessageFailure, message: string) {
    super(message);
    this.name = 'MessageError';
  }

  /** A retry may succeed: the receiver was missing or went away, not broken. */
  get transient(): boolean {
    return this.failure === 'no-receiver' || this.failure === 'disconnected';
  }
}

type Envelope = { ok: true; json: string } | { ok: false; error: string };
type Sender = { tab?: { id?: number; url?: string }; frameId?: number; url?: string };
type Handlers<M> = { [K in keyof M]?: (data: RequestOf<M, K>, sender: Sender) => Promise<ResponseOf<M, K>> | ResponseOf<M, K> };

/** The browser's own wording, mapped to a cause (Chrome and Firefox phrase these differently). */
export function failureOf(error: unknown): MessageError {
  if (error instanceof MessageError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/context invalidated|extension context/iu.test(text)) return new MessageError('invalidated', text);
  if (/receiving end does not exist|could not establish connection|no such tab|no tab with id/iu.test(text)) return new MessageError('no-receiver', text);
  if (/message (port|channel) closed|channel closed|disconnected|before a response/iu.test(text)) return new MessageError('disconnected', text);
  return new MessageError('no-receiver', text);
}

const NO_ANSWER = 'the receiver gave no answer';

function unwrap<R>(answer: unknown): R {
  if (!answer || typeof answer !== 'object' || typeof (answer as { ok?: unknown }).ok !== 'boolean') {
    throw new MessageError(answer === undefined ? 'disconnected' : 'bad-answer', NO_ANSWER);
  }
  const env = answer as Envelope;
  if (!env.ok) throw new MessageError('handler', env.error);
  if (typeof env.json !== 'string') throw new MessageError('bad-answer', NO_ANSWER);
  try {
    return JSON.parse(env.json) as R;
  } catch {
    throw new MessageError('bad-answer', 'the receiver’s answer could not be read');
  }
}

async function request<R>(send: () => Promise<unknown>): Promise<R> {
  let answer: unknown;
  try {
    answer = await send();
  } catch (e) {
    throw failureOf(e);
  }
  return unwrap<R>(answer);
}

export function sendToBackground<K extends keyof ToBackground>(type: K, data: RequestOf<ToBackground, K>): Promise<ResponseOf<ToBackground, K>> {
  return request(() => browser.runtime.sendMessage({ type, data }));
}

export function sendToTab<K extends keyof ToContent>(tabId: number, type: K, data: RequestOf<ToContent, K>): Promise<ResponseOf<ToContent, K>> {
  return request(() => browser.tabs.sendMessage(tabId, { type, data }));
}

function listen<M>(types: ReadonlyArray<keyof M>, handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: unknown, sendResponse: (r: Envelope) => void): boolean => {
    if (!isMessage<M>(message, types)) return false;
    const handler = handlers[message.type] as ((d: unknown, s: unknown) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then((value) => JSON.stringify(value ?? null))
      .then(
        (json) => sendResponse({ ok: true, json }),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export function onBackgroundMessage(handlers: Handlers<ToBackground>): () => void {
  return listen<ToBackground>(BACKGROUND_TYPES, handlers);
}

export function onContentMessage(handlers: Handlers<ToContent>): () => void {
  return listen<ToContent>(CONTENT_TYPES, handlers);
}
