/**
 * What page furniture looks like: tags, ARIA roles and class/id words. Generic patterns of the kind Readability
 * and trafilatura use (nothing keyed to one site); the reader weighs them against the text an element holds, so a
 * pattern alone never throws away an article.
 */

/** Elements whose content is never text a reader sees, or never article text (controls, embedded documents). */
export const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT',
  'EMBED', 'VIDEO', 'AUDIO', 'PICTURE', 'SOURCE', 'TRACK', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT',
  'OPTION', 'OPTGROUP', 'DATALIST', 'TEXTAREA', 'INPUT', 'LABEL', 'OUTPUT', 'PROGRESS', 'METER', 'DIALOG',
  'SOURCELIGHT-TOOLTIP']);

/** Sectioning elements that hold navigation and page chrome around an article, not the article. */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU']);

/** Elements that make a paragraph (a flow) of their own. */
export const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'DL', 'PRE',
  'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'CAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL',
  'HR', 'BODY', 'HTML', 'FORM', 'FIELDSET', 'LEGEND', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'CENTER', 'DETAILS',
  'SUMMARY', 'HGROUP', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU']);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** ARIA roles of page chrome (landmarks and widgets), as Readability's unlikely roles plus the other landmarks. */
export const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|alert|toolbar|form|button|tablist|tab|tooltip|status|marquee)$/u;

/**
 * Readability's "unlikely candidates": class/id words of blocks that are rarely the article. Like Readability,
 * an element whose words also say it may be content ("article", "content", "main", …) is kept.
 */
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|sign-up|cookie|consent|outbrain|taboola|trending|most-popular|mostpopular|more-stories|recommend|promo|share|sharing/iu;
/** Readers' comments: never the article, so left out in every pass (unlike the other furniture words). */
export const COMMENTS = /(?:^|[\s_-])(?:comments?|commentlist|disqus(?:_thread)?|replies|respond)(?:$|[\s_-])/iu;
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/iu;

/** Readability's class weights: words that make an element more or less likely to be the article container. */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/iu;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|taboola|newsletter|subscri|byline|author|caption|credit|breadcrumb|nav/iu;

/**
 * Class words that hide an element in common CSS frameworks (Bootstrap's d-none, "hidden", screen-reader-only
 * text), and the bodies of tooltips, popovers and hover cards, shown only on hover (a politician's card inside a
 * sentence, "Rep. Ilhan OmarIlhan OmarHillicon Valley: … MORE (D-Minn.)", glued its headlines into the quote). A
 * live page's visibility filter knows better; a saved page has only these words to go by.
 */
export const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|screenreader-only|invisible|display-none|u-hidden|hidden-xs-up|print-only|visible-print|d-print-block|tooltiptext|tooltip-inner|tooltip-content|popover-content|popover-body|hovercard|hover-card|rollover-block)(?:$|\s)/iu;

/**
 * Class words of a pull quote: a line of the article repeated in large type beside it ("<td class="pullquote">“…,”
 * Stafford said</td>"). Read, it breaks the chain of "he continued" between the paragraphs around it and counts the
 * quotation twice.
 */
export const PULL_QUOTE = /(?:^|[\s_-])(?:pull-?quote|pull_quote|pullquotes?|pull-?out-?quote)(?:$|[\s_-])/iu;

/**
 * Class/id words of an article's metadata lines: byline, date, tags, categories (Readability's byline words and
 * trafilatura's meta tokens). Dropped when short: the article's text is never in them.
 */
export const META = /byline|author|dateline|writtenby|p-author|timestamp|(?:^|[\s_-])(?:date|time|meta|tags?|categor(?:y|ies)|posted-?on|published|updated|pubdate|post-?meta|entry-?meta|article-?meta|article-?info|post-?info|keywords)(?:$|[\s_-])/iu;

/** Share buttons and the like (Readability's shareElements): dropped when they hold little text. */
export const SHARE = /(?:^|[\s_-])(?:share|sharing|sharedaddy|social|socials)(?:$|[\s_-])/iu;

/** Class weight of an element, as Readability's getClassWeight: ±25 for its class, ±25 for its id. */
export function classWeight(cls: string, id: string): number {
  let w = 0;
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** Readability's comma set: Latin, Arabic, CJK and the rest. */
export const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/gu;
