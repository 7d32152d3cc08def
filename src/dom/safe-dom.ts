/**
 * DOM reads that a page cannot clobber. A form's named controls shadow its own properties (`<input name="tagName">`
 * makes `form.tagName` an element, `<input name="getAttribute">` makes `form.getAttribute` one), so code that reads
 * page nodes calls the getters and methods of the prototypes captured here, when this module loads, instead of the
 * properties of the node itself. The content script runs in an isolated world, whose prototypes the page cannot
 * reach, so what is captured is the browser's own.
 */

type Getter<T, R> = (this: T) => R;

function getter<T, R>(proto: object | undefined, name: string): Getter<T, R> {
  for (let p: object | null | undefined = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get as Getter<T, R>;
  }
  // No DOM in this realm (the command line reads pages through a Node DOM, where no page script runs): plain reads.
  return function (this: T) { return (this as Record<string, unknown>)[name] as R; };
}

const g = globalThis as unknown as { Node?: typeof Node; Element?: typeof Element };
const nodeType = getter<Node, number>(g.Node?.prototype, 'nodeType');
const parentNode = getter<Node, ParentNode | null>(g.Node?.prototype, 'parentNode');
const childNodes = getter<Node, NodeListOf<ChildNode>>(g.Node?.prototype, 'childNodes');
const isConnected = getter<Node, boolean>(g.Node?.prototype, 'isConnected');
const firstChild = getter<Node, ChildNode | null>(g.Node?.prototype, 'firstChild');
const nextSibling = getter<Node, ChildNode | null>(g.Node?.prototype, 'nextSibling');
const localName = getter<Element, string>(g.Element?.prototype, 'localName');
const tagName = getter<Element, string>(g.Element?.prototype, 'tagName');
const getAttribute: (this: Element, name: string) => string | null = g.Element?.prototype.getAttribute ?? function (this: Element, name: string) { return this.getAttribute(name); };
const hasAttributes: (this: Element) => boolean = g.Element?.prototype.hasAttributes ?? function (this: Element) { return this.hasAttributes(); };
const contains: (this: Node, other: Node | null) => boolean = g.Node?.prototype.contains ?? function (this: Node, other: Node | null) { return this.contains(other); };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function nodeTypeOf(n: Node): number {
  return nodeType.call(n);
}

export function isElement(n: Node): n is Element {
  return nodeType.call(n) === ELEMENT_NODE;
}

export function isText(n: Node): n is Text {
  return nodeType.call(n) === TEXT_NODE;
}

/** Upper-case tag name (HTML elements report it upper-case; other namespaces as written, so normalise). */
export function tagOf(el: Element): string {
  return tagName.call(el).toUpperCase();
}

export function localNameOf(el: Element): string {
  return localName.call(el);
}

export function attributeOf(el: Element, name: string): string | null {
  return getAttribute.call(el, name);
}

/** Has the element any attribute? (Most elements of a page have none: one call instead of a read per name.) */
export function hasAttributesOf(el: Element): boolean {
  return hasAttributes.call(el);
}

export function parentOf(n: Node): ParentNode | null {
  return parentNode.call(n);
}

export function parentElementOf(n: Node): Element | null {
  const p = parentOf(n);
  return p && isElement(p as Node) ? (p as unknown as Element) : null;
}

/** The nearest element at or above a node (a text node's parent element). */
export function elementOf(n: Node): Element | null {
  for (let cur: Node | null = n; cur; cur = parentOf(cur)) if (isElement(cur)) return cur;
  return null;
}

export function childrenOf(n: Node): NodeListOf<ChildNode> {
  return childNodes.call(n);
}

export function firstChildOf(n: Node): ChildNode | null {
  return firstChild.call(n);
}

export function nextSiblingOf(n: Node): ChildNode | null {
  return nextSibling.call(n);
}

export function connected(n: Node): boolean {
  return isConnected.call(n);
}

export function within(ancestor: Node, n: Node): boolean {
  return contains.call(ancestor, n);
}
