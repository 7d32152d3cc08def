/// <reference types="chrome" />
/** The tooltip as a test sees it: its shadow root is closed, so it is read through the DevTools protocol, which pierces it. */
import type { BrowserContext, Page } from 'playwright-core';

export interface TooltipView {
  open: boolean;
  texts: string[];
  /** The host's box in the viewport (what the page itself can see of it). */
  rect: { left: number; top: number; right: number; bottom: number } | null;
}

type CdpNode = { nodeId: number; backendNodeId: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: Array<CdpNode & { shadowRootType?: string }> };

/** The tooltip as the reader sees it: whether it is open, its text and where it is. */
export async function readTooltip(context: BrowserContext, page: Page): Promise<TooltipView> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
    const html = root.children?.find((c) => c.nodeName === 'HTML');
    // The host: a child of <html> with a closed shadow root holding role="tooltip".
    for (const host of html?.children ?? []) {
      const shadow = host.shadowRoots?.find((s) => s.shadowRootType === 'closed');
      const tip = shadow?.children?.find((c) => (c.attributes ?? []).join(' ').includes('tooltip'));
      if (!shadow || !tip) continue;
      const attrs = tip.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      const texts: string[] = [];
      const walk = (n: CdpNode): void => {
        if (n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
        for (const c of n.children ?? []) walk(c);
      };
      walk(tip);
      const open = /\bopen\b/u.test(cls);
      let rect: TooltipView['rect'] = null;
      if (open) {
        const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: tip.backendNodeId }) as { model: { border: number[] } };
        const xs = [model.border[0], model.border[2], model.border[4], model.border[6]];
        const ys = [model.border[1], model.border[3], model.border[5], model.border[7]];
        rect = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
      }
      return { open, texts, rect };
    }
    return { open: false, texts: [], rect: null };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Wait for the tooltip to open; returns what it shows. */
export async function waitForTooltip(context: BrowserContext, page: Page, timeout = 5000): Promise<TooltipView> {
  const end = Date.now() + timeout;
  for (;;) {
    const view = await readTooltip(context, page);
    if (view.open || Date.now() > end) {
      if (!view.open) throw new Error('the tooltip did not open');
      return view;
    }
    await page.waitForTimeout(50);
  }
}
