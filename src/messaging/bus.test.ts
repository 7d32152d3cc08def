import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { failureOf, MessageError, onBackgroundMessage, onContentMessage, sendToBackground, sendToTab } from './bus';

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

  it('routes a typed request to its handler and answers asynchronously, in an envelope', async () => {
    onBackgroundMessage({ count: async ({ count }, sender) => { expect(count).toBe(3); expect(sender.tab?.id).toBe(7); } });
    onContentMessage({ reveal: ({ quoteId }) => quoteId === 'q2' });
    const [background, content] = listeners;
    expect(await deliver(background, { type: 'count', data: { count: 3 } }, { tab: { id: 7 } })).toEqual({ handled: true, response: { ok: true, json: 'null' } });
    expect(await deliver(content, { type: 'reveal', data: { quoteId: 'q2' } })).toEqual({ handled: true, response: { ok: true, json: 'true' } });
  });

  it('leaves unknown, malformed and other contexts’ messages alone', async () => {
    onContentMessage({ getState: () => ({ state: 'off' }) });
    const [content] = listeners;
    for (const m of [null, 'getState', { type: 'getState' }, { type: 'analyze', data: {} }, { type: '__proto__', data: {} }]) {
      expect((await deliver(content, m)).handled).toBe(false);
    }
  });

  it('sends the value as one JSON string, and a value that cannot be written so as an error envelope', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    onContentMessage({ getState: () => ({ state: 'error', message: 'x' }), reveal: () => cyclic as never });
    const state = await deliver(listeners[0], { type: 'getState', data: {} });
    expect(state.response).toEqual({ ok: true, json: '{"state":"error","message":"x"}' });
    const broken = await deliver(listeners[0], { type: 'reveal', data: { quoteId: 'q' } });
    expect(broken.response).toMatchObject({ ok: false, error: expect.stringMatching(/circular/iu) });
  });

  it('turns a handler failure into an error envelope instead of leaving the sender waiting', async () => {
    onBackgroundMessage({ analyze: () => { throw new Error('boom'); } });
    expect(await deliver(listeners[0], { type: 'analyze', data: { blocks: [], url: '' } })).toEqual({ handled: true, response: { ok: false, error: 'boom' } });
  });
});

describe('sending', () => {
  beforeEach(() => fakeBrowser.reset());

  it('resolves with the response value', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, json: JSON.stringify({ url: null, quotes: [], sources: [], anonymousMentions: [] }) } as never);
    expect(await sendToBackground('analyze', { blocks: [], url: '' })).toEqual({ url: null, quotes: [], sources: [], anonymousMentions: [] });
  });

  it('rejects with the handler’s error, named', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'boom' } as never);
    const e = await sendToBackground('analyze', { blocks: [], url: '' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MessageError);
    expect(e).toMatchObject({ failure: 'handler', message: 'boom', transient: false });
  });

  it('rejects when nothing answers or the answer is not an envelope', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(undefined as never).mockResolvedValueOnce({ state: 'off' } as never);
    await expect(sendToTab(1, 'getState', {})).rejects.toMatchObject({ failure: 'disconnected' });
    await expect(sendToTab(1, 'getState', {})).rejects.toMatchObject({ failure: 'bad-answer' });
  });

  it('rejects an answer whose value is not JSON text (an older envelope, or text cut off)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: true, value: { state: 'off' } } as never).mockResolvedValueOnce({ ok: true, json: '{"state":' } as never);
    await expect(sendToTab(1, 'getState', {})).rejects.toMatchObject({ failure: 'bad-answer' });
    await expect(sendToTab(1, 'getState', {})).rejects.toMatchObject({ failure: 'bad-answer' });
  });

  it('names the browser’s own failures', () => {
    expect(failureOf(new Error('Could not establish connection. Receiving end does not exist.'))).toMatchObject({ failure: 'no-receiver', transient: true });
    expect(failureOf(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))).toMatchObject({ failure: 'disconnected', transient: true });
    expect(failureOf(new Error('The message port closed before a response was received.'))).toMatchObject({ failure: 'disconnected' });
    expect(failureOf(new Error('Extension context invalidated.'))).toMatchObject({ failure: 'invalidated', transient: false });
  });
});
