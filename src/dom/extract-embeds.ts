/**
 * Posts embedded from social platforms. A tweet or an Instagram post set in the article ("Gov. Kristi Noem wrote: …")
 * is often what the article quotes, but its wrapper's class names ("social-media-embed", "share") read like page
 * furniture. The platforms mark their own embeds (a blockquote of class "twitter-tweet", "instagram-media", …), and a
 * container whose text is nearly all such posts is kept as article text. (On a live page the platform's script may
 * replace the blockquote by a frame the reader cannot read; saved and script-blocked pages keep it.)
 */
import type { PageText } from './extract-walk';
import { COMMENT_CLASS } from './extract-walk';

/** The class names the platforms give their embed markup. */
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-card|bluesky-embed|text-post-media|fb-post|mastodon-embed)(?:$|\s)/iu;

/** How much of a container's text must be embedded posts for it to count as one. */
const MOSTLY = 0.8;

const embeddedChars = new WeakMap<PageText, Float64Array>();

/** For each node, the characters of its text inside embedded posts (worked out once per page, linear in its nodes). */
function embeddedCharsOf(page: PageText): Float64Array {
  const known = embeddedChars.get(page);
  if (known) return known;
  const { nodes, blocks } = page;
  const inside = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    inside[i] = (n.parent >= 0 && inside[n.parent]) || (n.tag === 'BLOCKQUOTE' && EMBEDDED_POST.test(n.cls)) ? 1 : 0;
  }
  const chars = new Float64Array(nodes.length);
  for (const b of blocks) if (inside[b.owner]) chars[b.owner] += b.chars;
  // (Nodes are in document order, each after its parent: one backward pass adds every subtree up.)
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].parent >= 0) chars[nodes[i].parent] += chars[i];
  embeddedChars.set(page, chars);
  return chars;
}

/** Whether node `i`'s text is nearly all embedded posts (never readers' comments). */
export function mostlyEmbeddedPosts(page: PageText, i: number): boolean {
  const n = page.nodes[i];
  return n.chars > 0 && (n.flags & COMMENT_CLASS) === 0 && embeddedCharsOf(page)[i] >= MOSTLY * n.chars;
}
