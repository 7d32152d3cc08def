import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onBackgroundMessage, onContentMessage } from './bus';

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;

/** Deliver a message the way the browser does: the listener answers through sendResponse. */
function deliver(listener: Listener, message: unknown, sender: unknown = {}): Promise<{ handled: boolean; response?: unknown }> {
  return new Promise((resolve) => {
    const handled = listener(message, sender, (response) => resolve({ handled, response }));
    if (!handled) resolve({ handled });
  });
}

describe('typed messaging', () => {
  let listeners: Listener[];
  beforeEach(() => {
    fakeBrowser.reset();
    listeners = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => { listeners.push(l as unknown as Listener); });
  });

  it('routes a typed request to its handler and answers asynchronously', async () => {
    onBackgroundMessage({ count: async ({ count }, sender) => { expect(count).toBe(3); expect(sender.tab?.id).toBe(7); } });
    onContentMessage({ reveal: ({ quoteId }) => quoteId === 'q2' });
    const [background, content] = listeners;
    expect(await deliver(background, { type: 'count', data: { count: 3 } }, { tab: { id: 7 } })).toEqual({ handled: true, response: null });
    expect(await deliver(content, { type: 'reveal', data: { quoteId: 'q2' } })).toEqual({ handled: true, response: true });
  });

  it('leaves unknown, malformed and other contexts’ messages alone', async () => {
    onContentMessage({ getState: () => ({ state: 'off' }) });
    const [content] = listeners;
    for (const m of [null, 'getState', { type: 'getState' }, { type: 'analyze', data: {} }, { type: '__proto__', data: {} }]) {
      expect((await deliver(content, m)).handled).toBe(false);
    }
  });

  it('turns a handler failure into an error answer instead of leaving the sender waiting', async () => {
    onBackgroundMessage({ analyze: () => { throw new Error('boom'); } });
    expect(await deliver(listeners[0], { type: 'analyze', data: { blocks: [], url: '' } })).toEqual({ handled: true, response: { error: 'boom' } });
  });
});
