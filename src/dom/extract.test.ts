import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts, extractFlows, readArticle } from './extract';
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

/** A paragraph of article prose, different for each `n`. */
function para(n: number, words = 'the council said on Tuesday, adding that the plan, which was announced last year, would go ahead'): string {
  return `<p>Paragraph ${n}: ${words}, according to officials in the city.</p>`;
}

function article(n: number, from = 0): string {
  return Array.from({ length: n }, (_, i) => para(from + i)).join('\n');
}

function texts(html: string): string[] {
  return blockTexts(extractFlows(doc(html))).map((t) => t.replace(/\s+/gu, ' ').trim());
}

describe('readArticle: choosing the article', () => {
  it('reads an article wrapped in a page-wide form (ASP.NET pages) and in containers with furniture words', () => {
    const page = `<html><body><form id="aspnetForm"><div class="content-and-menu"><div class="box article modal-enabled">
      ${article(6)}</div></div><nav><a href="/">Home</a></nav></form></body></html>`;
    const got = texts(page);
    expect(got.filter((t) => t.startsWith('Paragraph')).length).toBe(6);
  });

  it('keeps a one-paragraph article rather than the long comment thread below it', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment"><div class="comment-body"><p>Reader ${i} wrote, at length and with feeling, that the council, the mayor and the press were all wrong.</p></div></li>`).join('');
    const page = `<html><body><main><article class="post"><div class="entry-content"><p>Our goal with this open thread, as always, is to give readers a place to ask questions about our work.</p></div></article>
      <div id="comments" class="comments-area post-comments"><ul class="comment-list">${comments}</ul></div></main></body></html>`;
    const got = texts(page);
    expect(got).toEqual(['Our goal with this open thread, as always, is to give readers a place to ask questions about our work.']);
  });

  it('joins an article cut into repeated chunks around ad rails', () => {
    const chunk = (from: number, n: number): string => `<div class="grid"><div class="article__body">${article(n, from)}</div><div class="ad-rail"><p>Advertisement</p></div></div>`;
    const page = `<html><body><article><div class="chunks">${chunk(0, 3)}${chunk(3, 6)}${chunk(9, 2)}</div></article></body></html>`;
    const got = texts(page).filter((t) => t.startsWith('Paragraph'));
    expect(got.length).toBe(11);
    expect(texts(page)).not.toContain('Advertisement');
  });

  it('takes the page article, not a list of three or more teaser <article>s beside it', () => {
    const teaser = (i: number): string => `<article class="post postbox"><h2><a href="/p${i}">Teaser ${i}</a></h2><p>Teaser ${i} says that life, love and hope, in the end, are what matter most to all of us every day.</p></article>`;
    const page = `<html><body><div id="primary"><article class="post articlebox"><p>The one real article of this page tells, in a single paragraph, how the writer learnt to love herself.</p></article>
      <section class="post related">${[1, 2, 3, 4].map(teaser).join('')}</section></div></body></html>`;
    const got = texts(page);
    expect(got.some((t) => t.startsWith('The one real article'))).toBe(true);
    expect(got.some((t) => t.startsWith('Teaser'))).toBe(false);
  });
});

describe('readArticle: posts embedded from social platforms', () => {
  const tweet = (words: string) => `<div class="social-media-embed share-tools"><blockquote class="twitter-tweet"><p lang="en">${words}</p>&mdash; Ana Ruiz (@anaruiz) <a href="https://twitter.com/anaruiz/status/1">November 18, 2019</a></blockquote></div>`;
  const page = `<html><body><main><article><h1>Title of the story</h1>
    ${article(3)}
    ${tweet('The ferry will run again on Monday, and the fares will not rise this winter.')}
    ${article(2, 3)}
    <div class="share-tools"><a href="/s/fb">Share on Facebook</a> <a href="/s/tw">Tweet this story</a></div>
  </article></main></body></html>`;
  const got = texts(page);

  it('keeps a platform’s embedded post, whatever its wrapper’s class words, with its credit line', () => {
    expect(got.some((t) => t.includes('The ferry will run again on Monday')), got.join(' | ')).toBe(true);
    expect(got.some((t) => t.includes('Ana Ruiz (@anaruiz)'))).toBe(true);
    expect(got.filter((t) => t.startsWith('Paragraph')).length).toBe(5);
  });

  it('still leaves out the share links beside it', () => {
    expect(got.some((t) => t.includes('Share on Facebook'))).toBe(false);
  });
});

describe('readArticle: another story’s headline in capitals', () => {
  it('leaves out a link in capitals between the article’s paragraphs, not one that opens the text', () => {
    const got = texts(`<html><body><main><article><p><a href="/x">FERRY SERVICE RESUMES</a></p>${article(2)}
      <p><a href="/other">MAYOR SAYS 'FARES' WILL FALL BY 25 PERCENT</a></p>${article(2, 2)}</article></main></body></html>`);
    expect(got.some((t) => t.includes('FARES'))).toBe(false);
    expect(got.some((t) => t.includes('FERRY SERVICE RESUMES'))).toBe(true);
    expect(got.filter((t) => t.startsWith('Paragraph')).length).toBe(4);
  });
});

describe('readArticle: a standfirst and a lead paragraph in a wrapper', () => {
  const DEK = 'Three ferries stopped in the harbour on Monday after a strike by their crews, and the council said talks would resume.';
  const page = (dek: string, description: string): string => `<html><head><meta name="description" content="${description}"></head><body><main>
    <div class="article__summary">${dek}</div><div class="article__text">${article(4)}</div></main></body></html>`;

  it('joins a plain-text box just before the article when it is the summary the page gives of itself', () => {
    expect(texts(page(DEK, DEK))[0]).toBe(DEK);
  });

  it('leaves such a box out when it is not the page’s summary (an affiliate note, a welcome line)', () => {
    const note = 'This post may contain affiliate links, which means we may receive a small commission when you buy.';
    expect(texts(page(note, DEK)).some((t) => t.includes('affiliate'))).toBe(false);
  });

  it('reads a paragraph alone in a wrapper whose class words are negative (“leafmedia”), not judged by the wrapper', () => {
    const lead = 'Hong Kong (Wire) A muddled view of the trade talks once again seems to be weighing on investors this week.';
    const got = texts(`<html><body><main><article><div class="el__leafmedia el__leafmedia--sourced-paragraph"><p class="body">${lead}</p></div>${article(3)}
      <div class="media-caption"><p>Photo: a ferry.</p><p>Credit: Wire</p></div></article></main></body></html>`);
    expect(got[0]).toBe(lead);
    expect(got.some((t) => t.includes('Credit'))).toBe(false);
  });
});

describe('readArticle: what is left out inside the article', () => {
  const page = `<html><body><main><article><h1>Title of the story</h1>
    <div class="byline">By Jane Doe</div><p class="article-date"><time>Nov 18, 2019</time></p>
    ${article(3)}
    <p>Advertisement</p>
    <figure><img src="a.jpg"><figcaption>The mayor said the bridge would reopen in the spring, officials confirmed.</figcaption></figure>
    <figure><img src="b.jpg"><figcaption>Getty Images</figcaption></figure>
    <div class="related-links"><a href="/1">First other story of the day</a> <a href="/2">Second other story of the day</a> <a href="/3">Third story</a></div>
    ${article(2, 3)}
    <p><a href="/a">One other story</a></p><p><a href="/b">Another other story</a></p><p><a href="/c">A third other story</a></p>
    <div class="d-none"><p>Print-only text that nobody sees on the screen, with commas, many commas, and more.</p></div>
    <p style="display: none">Hidden paragraph that nobody sees on the screen, with commas, many, and more.</p>
    <p>The ferry man threatened <span class="card"><a href="/p/ana">Ana Ruiz</a><span class="rollover-block"><a href="/p/ana">Ana Maria Ruiz</a><a href="/s/1">Harbour fares rise again</a> MORE</span></span> on the quay, the police said.</p>
    <p>A note said the pier was closed<span class="tooltip-wrapper"><span class="tooltiptext">Tap for the pier's opening hours</span></span> until noon.</p>
    <form><p>“Subscribe now,” the form said, asking for an email address every single day.</p><input type="email"></form>
    <table width="40%" align="right"><tbody><tr><td class="pullquote">“The pier is older than the town,” Ruiz said of the harbour.</td></tr></tbody></table>
    <div class="pull-quote pull-quote--left"><p>“Fares will rise again,” the ferry man warned.</p></div>
  </article></main></body></html>`;
  const got = texts(page);

  it('keeps every paragraph and the caption that reports speech', () => {
    expect(got.filter((t) => t.startsWith('Paragraph')).length).toBe(5);
    expect(got).toContain('The mayor said the bridge would reopen in the spring, officials confirmed.');
  });

  it('leaves out the bodies of hover cards and tooltips inside a sentence, keeping the words around them', () => {
    expect(got).toContain('The ferry man threatened Ana Ruiz on the quay, the police said.');
    expect(got).toContain('A note said the pier was closed until noon.');
  });

  it('leaves out the title, byline, date, ad label, credit, link boxes, link runs, hidden blocks and forms', () => {
    for (const gone of ['Title of the story', 'By Jane Doe', 'Nov 18, 2019', 'Advertisement', 'Getty Images', 'other story', 'Print-only', 'Hidden paragraph', 'Subscribe now']) {
      expect(got.some((t) => t.includes(gone)), gone).toBe(false);
    }
  });

  it('leaves out pull quotes, the article’s own lines repeated in large type beside it', () => {
    for (const gone of ['The pier is older than the town', 'Fares will rise again']) {
      expect(got.some((t) => t.includes(gone)), gone).toBe(false);
    }
  });
});

describe('readArticle: whole page, visibility and calling again', () => {
  it('analyses the readable paragraphs of a page without an article, and says so', () => {
    const page = `<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
      <div><span>“We are ready,” said Ana Silva, the harbour master</span></div>
      <footer><p>All rights reserved by the company, its partners and its lawyers, forever.</p></footer></body></html>`;
    const a = readArticle(doc(page));
    expect(a.wholePage).toBe(true);
    expect(blockTexts(a.flows).map((t) => t.trim())).toEqual(['“We are ready,” said Ana Silva, the harbour master']);
    expect(readArticle(doc('<html><body></body></html>'))).toEqual({ flows: [], wholePage: false, truncated: false });
  });

  it('says nothing of the whole page when an article was found', () => {
    expect(readArticle(doc(`<html><body><article>${article(4)}</article></body></html>`)).wholePage).toBe(false);
  });

  it('leaves out what the visibility filter rejects, and everything below it', () => {
    const page = `<html><body><article>${article(4)}<div class="js-hidden">${article(2, 4)}</div></article></body></html>`;
    const d = doc(page);
    const seen: Element[] = [];
    const flows = extractFlows(d, { visible: (el) => { seen.push(el); return !el.classList.contains('js-hidden'); } });
    expect(flows.length).toBe(4);
    // Called once per element it is asked about, never below an element it rejected.
    expect(seen.some((el) => el.closest('.js-hidden') && !el.classList.contains('js-hidden'))).toBe(false);
  });

  it('can be called again on a changed page and reads its new state', () => {
    const d = doc(`<html><body><article id="a">${article(4)}</article></body></html>`);
    expect(extractFlows(d).length).toBe(4);
    const extra = d.createElement('p');
    extra.textContent = 'A late paragraph, added by the page’s scripts, says the council, in the end, agreed.';
    d.getElementById('a')!.append(extra);
    expect(blockTexts(extractFlows(d)).some((t) => t.startsWith('A late paragraph'))).toBe(true);
    d.getElementById('a')!.replaceChildren();
    expect(extractFlows(d)).toEqual([]);
  });
});
