/**
 * Sending and answering typed messages. Listeners answer through `sendResponse` and `return true`, which both
 * Chrome and Firefox honour (a returned Promise is not honoured by every Chrome version).
 */
import { browser } from 'wxt/browser';
import { BACKGROUND_TYPES, CONTENT_TYPES, isMessage, type ResponseOf, type ToBackground, type ToContent } from './messages';

type Req<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
type Handlers<M> = { [K in keyof M]?: (data: Req<M, K>, sender: { tab?: { id?: number; url?: string }; url?: string }) => Promise<ResponseOf<M, K>> | ResponseOf<M, K> };

export function sendToBackground<K extends keyof ToBackground>(type: K, data: Req<ToBackground, K>): Promise<ResponseOf<ToBackground, K>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<ResponseOf<ToBackground, K>>;
}

export function sendToTab<K extends keyof ToContent>(tabId: number, type: K, data: Req<ToContent, K>): Promise<ResponseOf<ToContent, K>> {
  return browser.tabs.sendMessage(tabId, { type, data }) as Promise<ResponseOf<ToContent, K>>;
}

function listen<M>(types: ReadonlyArray<keyof M>, handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void): boolean => {
    if (!isMessage<M>(message, types)) return false;
    const handler = handlers[message.type] as ((d: unknown, s: unknown) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then((r) => sendResponse(r ?? null), (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }));
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
