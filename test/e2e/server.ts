/**
 * A local web server for the browser tests, bound to 127.0.0.1 only. Serves the corpus pages (the articles kept as
 * test fixtures; the benchmark passes ../shared/corpus), the project's own fixture pages, and any corpus article's
 * text laid out as a news page (/article/ID).
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { FIXTURE_CORPUS } from '../../src/cli/corpus';

/** The test build turns a tab loading this path into one of its own pages (src/extension/test-hooks.ts). */
export const OPEN_EXTENSION_PAGE = '/__sourcelight-e2e/open';
const PAGES = 'test/fixtures/pages';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A .txt article as a page with the furniture real news pages have (nav, header, related links, footer). */
export function articlePage(title: string, text: string): string {
  const paragraphs = text.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">“Politics” section</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/x">“We will never give up,” says a reader</a></li></ul></aside></main>
<footer><p>© Example News. “All rights reserved,” the lawyers said.</p></footer></body></html>`;
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
  /** Extra routes for a test. */
  route(path: string, body: string, headers?: Record<string, string>): void;
}

/** Bound to 127.0.0.1 unless `host` says otherwise (the odd-hosts test adds one on IPv6's ::1). */
export async function startServer(host = '127.0.0.1', corpus = FIXTURE_CORPUS): Promise<TestServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (path === OPEN_EXTENSION_PAGE) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Opening Sourcelight…</title>');
      return;
    }
    const custom = routes.get(path);
    if (custom) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...custom.headers });
      res.end(custom.body);
      return;
    }
    if (path.endsWith('.pdf')) {
      // A minimal valid PDF: the browser shows its viewer, where extensions cannot run.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
      return;
    }
    const m = /^\/article\/([\w-]+)$/u.exec(path);
    if (m && existsSync(join(corpus, `${m[1]}.txt`))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(m[1], readFileSync(join(corpus, `${m[1]}.txt`), 'utf8')));
      return;
    }
    for (const dir of [corpus, PAGES]) {
      const file = normalize(join(dir, path));
      if (file.startsWith(dir) && existsSync(file) && /\.(html?|txt)$/u.test(file)) {
        res.writeHead(200, { 'content-type': file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    // Idle keep-alive connections of a browser that is still open would hold close() up.
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
    route: (path, body, headers = {}) => routes.set(path, { body, headers }),
  };
}
