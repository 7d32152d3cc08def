import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts, extractFlows } from './extract';
import { pointAt, rangeFor } from './ranges';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PAGE = `<!doctype html><html><body>
<header><nav><a href="/">Home</a> “Not a quote,” said the menu.</nav></header>
<div class="layout"><main><article>
  <h1>Headline of the story</h1>
  <p>“We are <em>ready</em>,” said <a href="/p/ana">Ana Silva</a>, the harbour master, on Monday.</p>
  <p>Officials said the port would reopen, according to a notice posted at the gate this week.</p>
  <div contenteditable="true"><p>Draft: “edit me,” she said, typing a long sentence into the box.</p></div>
  <form><p>“Subscribe now,” the form said, asking for an email address every day.</p></form>
  <p>Line one<br>line two of a paragraph with a break in the middle of it.</p>
</article>
<aside><p>“Related story,” says the sidebar, which is not part of the article text.</p></aside>
<section id="comments"><p>“First!” wrote a commenter, who was not part of the article either.</p></section>
</main></div>
<footer><p>“All rights reserved,” the lawyers said in the footer of the page.</p></footer>
</body></html>`;

describe('extractFlows', () => {
  it('keeps the article paragraphs and leaves out navigation, editable areas, forms, asides, comments and footers', () => {
    const texts = blockTexts(extractFlows(doc(PAGE))).map((t) => t.replace(/\s+/gu, ' ').trim());
    expect(texts).toContain('“We are ready,” said Ana Silva, the harbour master, on Monday.');
    expect(texts.some((t) => t.startsWith('Officials said the port'))).toBe(true);
    for (const gone of ['Not a quote', 'edit me', 'Subscribe now', 'Related story', 'First!', 'All rights reserved']) {
      expect(texts.some((t) => t.includes(gone)), gone).toBe(false);
    }
  });

  it('builds one flow per paragraph across inline elements, with offsets that map back to text nodes', () => {
    const flows = extractFlows(doc(PAGE));
    const flow = flows.find((f) => f.text.includes('We are'));
    expect(flow).toBeDefined();
    const start = flow!.text.indexOf('ready');
    const p = pointAt(flow!, start, 'start');
    expect(p?.node.data).toBe('ready');
    expect(p?.offset).toBe(0);
    const end = pointAt(flow!, flow!.text.indexOf('Silva') + 'Silva'.length, 'end');
    expect(end?.node.data).toBe('Ana Silva');
    expect(end?.offset).toBe('Ana Silva'.length);
  });

  it('turns a line break into a separator of the same length, so offsets stay aligned', () => {
    const flow = extractFlows(doc(PAGE)).find((f) => f.text.startsWith('Line one'));
    expect(flow?.text.startsWith('Line one\nline two')).toBe(true);
    expect(blockTexts([flow!])[0].startsWith('Line one line two')).toBe(true);
  });

  it('gives a range over the quote text, across inline elements', () => {
    const d = new JSDOM('<html><body><article><p>He said “<b>all</b> is well” today, and then he went back to the office for the rest of the day.</p></article></body></html>').window.document;
    const flows = extractFlows(d);
    const text = flows[0].text;
    const range = rangeFor(flows[0], text.indexOf('all'), text.indexOf('well') + 4);
    expect(range?.toString()).toBe('all is well');
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
  });

  it('survives deep nesting and empty or script-only pages', () => {
    const deep = `<html><body><article>${'<div>'.repeat(5000)}<p>“Deep,” said the page, buried inside five thousand divisions of markup.</p>${'</div>'.repeat(5000)}</article></body></html>`;
    expect(blockTexts(extractFlows(doc(deep))).some((t) => t.includes('Deep'))).toBe(true);
    expect(extractFlows(doc('<html><body></body></html>'))).toEqual([]);
    expect(extractFlows(doc('<html><body><script>var x = "“quote”";</script></body></html>'))).toEqual([]);
  });
});
