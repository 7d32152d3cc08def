/**
 * The user stylesheet asked for at document start (entrypoints/styles.content.ts): the request, kept on the isolated
 * world's global under this key, so the content script does not ask again (each insertion costs the page a whole
 * style recalculation) and asks itself when that request is missing or failed.
 */
export const EARLY_STYLES = Symbol.for('sourcelight.early-styles');

/** Whether the user stylesheet was inserted (or is on its way) from document start. */
export async function insertedEarly(): Promise<boolean> {
  const early = (globalThis as unknown as Record<symbol, Promise<void> | undefined>)[EARLY_STYLES];
  if (!early) return false;
  return early.then(() => true, () => false);
}

/**
 * Whether the browser registers the user stylesheet with the document-start script itself: Firefox from 144 on, which
 * takes `cssOrigin` in registered content scripts (src/extension/registration.ts). Elsewhere the script asks for it.
 */
export function sheetRegisteredWithScript(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/u.exec(userAgent);
  return firefox !== null && Number(firefox[1]) >= 144;
}
