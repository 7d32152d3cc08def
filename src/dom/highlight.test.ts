import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractFlows, type Flow } from './extract';
import { createHighlighter, MARK_TAG, type Mark } from './highlight';

/** A faithful serialisation (node types, names, attributes, text) that also tells split text nodes apart. */
function serialize(node: Node): string {
  if (node.nodeType === 3) return `#text(${JSON.stringify((node as Text).data)})`;
  if (node.nodeType !== 1) return `#${node.nodeType}`;
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
  return `<${el.localName}${attrs ? ` ${attrs}` : ''}>${[...el.childNodes].map(serialize).join('')}</${el.localName}>`;
}

const HTML = `<html><body><article>
<p id="a">“We are <em>ready</em> for the storm,” said Ana Silva, the harbour master, on Monday evening.</p>
<p id="b">Officials said the port would reopen, according to people familiar with the matter.</p>
</article></body></html>`;

function setup(): { doc: Document; flows: Flow[] } {
  const doc = new JSDOM(HTML).window.document;
  return { doc, flows: extractFlows(doc) };
}

function marksFor(flows: Flow[]): Mark[] {
  const a = flows[0];
  const b = flows[1];
  const quote = a.text.indexOf('We are');
  const quoteEnd = a.text.indexOf('storm,') + 'storm,'.length;
  const content = b.text.indexOf('the port');
  const contentEnd = b.text.indexOf('reopen') + 'reopen'.length;
  const anon = b.text.indexOf('people familiar');
  return [
    { kind: 'direct', flow: a, start: quote, end: quoteEnd, id: 'q1' },
    { kind: 'indirect', flow: b, start: content, end: contentEnd, id: 'q2' },
    // Overlapping marks: the anonymous phrase wins where both apply.
    { kind: 'indirect', flow: b, start: anon - 5, end: b.text.length - 1, id: 'q3' },
    { kind: 'anonymous', flow: b, start: anon, end: anon + 'people familiar with the matter'.length, id: 'm1' },
  ];
}

describe('element-wrapping fallback', () => {
  it('wraps each kind in marks without changing the text, then restores the DOM exactly', () => {
    const { doc, flows } = setup();
    const before = serialize(doc.body);
    const textBefore = doc.body.textContent;
    const h = createHighlighter(doc, 'elements');
    expect(h.mode).toBe('elements');
    h.add(marksFor(flows));
    const marks = [...doc.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.getAttribute('data-kind'))).toEqual(['direct', 'direct', 'direct', 'indirect', 'indirect', 'anonymous']);
    expect(marks[5].textContent).toBe('people familiar with the matter');
    expect(marks.filter((m) => m.getAttribute('data-kind') === 'direct').map((m) => m.textContent).join('')).toBe('We are ready for the storm,');
    expect(doc.body.textContent).toBe(textBefore);
    expect(marks.every((m) => !m.hasAttribute('style'))).toBe(true);
    h.clear();
    expect(serialize(doc.body)).toBe(before);
    expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  });

  it('finds the mark under a point and flashes the marks of one quote', () => {
    const { doc, flows } = setup();
    const h = createHighlighter(doc, 'elements');
    h.add(marksFor(flows));
    const inside = doc.querySelector(`em ${MARK_TAG}`)?.firstChild as Node;
    expect(inside.textContent).toBe('ready');
    expect(h.markAt(inside, 1)?.id).toBe('q1');
    expect(h.markAt(doc.querySelector('#b')?.lastChild as Node, 0)).toBeNull();
    h.flash([marksFor(flows)[0]]);
    expect(doc.querySelectorAll(`${MARK_TAG}[data-flash]`).length).toBe(3);
    h.clear();
  });

  it('can repaint repeatedly and still restore the original DOM', () => {
    const { doc, flows } = setup();
    const before = serialize(doc.body);
    const h = createHighlighter(doc, 'elements');
    for (let i = 0; i < 3; i++) { h.clear(); h.add(marksFor(flows)); }
    h.clear();
    expect(serialize(doc.body)).toBe(before);
  });
});
