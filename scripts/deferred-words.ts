/**
 * The engine's plain word sets and entry tables, moved out of the extension worker's script into a data file it reads
 * at start.
 *
 * The engine writes its closed word classes as sets built from a string of words (`setOf(`a an the …`)`,
 * `new Set(`… …`.split(/\s+/u))`). In the extension build (wxt.config.ts) each such expression becomes
 * `deferredWords(id)`, an empty set that the worker fills from `table-words.json` before its first analysis
 * (src/extension/deferred-words.ts): the words travel as data, not as script the worker parses on every cold start.
 * Node (the CLI, the tests) runs the sources unchanged. test/unit/deferred-words.test.ts checks that no engine module
 * reads such a set while it is being evaluated (it would find it empty) and that the filled engine answers exactly as
 * the plain one.
 *
 * Only expressions whose words are spelt out (no `${}`, no escapes) are moved, and `setOf` only in a module whose own
 * `setOf` is the plain `new Set(words.trim().split(/\s+/u))`; anything else stays as written.
 *
 * The tables written as one call per entry (the cue verbs, `cue('say', 'say says said saying', 'that', {…})`, and the
 * agent acts) move the same way: a module-level array of eight or more elements, each a call, or a spread of a call,
 * of one of the module's own functions with literal arguments, becomes `deferredCalls(id, [fn, …])`, an empty array
 * that the worker fills by making those very calls with the arguments read from the data file (so those functions must
 * give the same entry whenever they are called: the test compares every table with the source's). Tables the engine
 * derives from a moved table or set while its modules are evaluated (`CUE_BY_FORM`, from the cue verbs) would be
 * derived from an empty one: each module-level constant whose initializer names one, or names such a derived one, and
 * that is declared a Map, Set or array (or is `new Map(…)`, `new Set(…)`) becomes `deferredValue(kind, () => …)`, an
 * empty container that the worker fills, after the data, by running the initializer as written, in the order the
 * modules evaluated them. Anything else derived at load (a pattern compiled from the words) stays as written, and
 * the test names the table it read too early: that table belongs in KEEP_IN_SCRIPT. The source keeps one entry per
 * line; only the build moves the entries. A list of phrasings written as strings (`readonly string[]`, the anonymity
 * patterns' tables) becomes `deferredStrings(id)`, an empty array the worker fills with the strings: what compiles
 * them must do so after the fill, on first use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/** The data file beside the worker's script. */
export const TABLE_WORDS_ASSET = 'table-words.json';

const PLAIN_SET_OF = 'function setOf(words: string): Set<string> {\n  return new Set(words.trim().split(/\\s+/u));\n}';

/** A word string, as a template or a quoted string without substitutions or escapes. */
const LITERAL = String.raw`(?:\x60([^\x60\\$]*)\x60|'([^'\\\n]*)')`;
/** How each pattern turns its string into the set's members: exactly what the source does. */
const PATTERNS: Array<{ re: RegExp; words: (text: string) => string[]; needsSetOf?: true; whole?: true }> = [
  { re: new RegExp(String.raw`\bsetOf\(${LITERAL}\)`, 'gu'), words: (t) => t.trim().split(/\s+/u), needsSetOf: true },
  { re: new RegExp(String.raw`\bnew Set\(${LITERAL}\.trim\(\)\.split\(/\\s\+/u\)\)`, 'gu'), words: (t) => t.trim().split(/\s+/u) },
  { re: new RegExp(String.raw`\bnew Set\(${LITERAL}\.split\(/\\s\+/u\)\)`, 'gu'), words: (t) => t.split(/\s+/u) },
  { re: new RegExp(String.raw`\bnew Set\(${LITERAL}\.split\(/\\s\+/\)\)`, 'gu'), words: (t) => t.split(/\s+/) },
  // A list of quoted strings, each a member as written: new Set(['in', 'on', 'at']).
  { re: new RegExp(String.raw`\bnew Set(?:<string>)?\((\[\s*(?:'[^'\\\n]*'\s*,\s*)*'[^'\\\n]*'\s*,?\s*\])\)`, 'gu'), words: (list) => [...list.matchAll(/'([^']*)'/gu)].map((m) => m[1]), whole: true },
];

/**
 * Sets an engine module reads while it is evaluated (to derive another table from them): they must be whole then,
 * so they stay in the script. test/unit/deferred-words.test.ts names any set read that early. None is left: the
 * patterns anonymous.ts builds from ANONYMOUS_HEADS, once compiled while it loaded, are built on first use.
 */
const KEEP_IN_SCRIPT: ReadonlySet<string> = new Set([]);

/** A module-level `const NAME =` (typed or not, at the start of its line) right before the expression: only named
 *  sets built once, when the module is evaluated, are moved. */
const DECLARED = /^(?:export\s+)?const\s+([A-Z][A-Z0-9_]*)(?:\s*:[^=\n]+)?\s*=\s*$/u;

/** What the build writes in place of a source range. */
export interface Deferred { start: number; end: number; code: string }
export interface Catalog {
  /** Per engine module (absolute path): the expressions to replace, in source order. */
  byFile: Map<string, Deferred[]>;
  /** Each id's data: a word set's words, in the order the source's split gives them (so the filled set iterates
   *  alike), or a call table's calls (CallEntry). */
  words: unknown[];
  /** Each id's constant's name. */
  names: string[];
  /** The constants derived from a moved table while their module is evaluated, filled after the data. */
  derived: string[];
}

/**
 * One entry of a call table in the data file: `[k, ...args]`, where k is twice the index of the function called
 * (among those passed to `deferredCalls`) plus 1 when the call is spread into the table; an argument `undefined` is
 * written as UNDEFINED_ARG, JSON having no undefined.
 */
export type CallEntry = [number, ...unknown[]];
export const UNDEFINED_ARG = '\u0000';

function engineModules(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...engineModules(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A literal argument's value, or NOT_LITERAL. */
const NOT_LITERAL = Symbol('not literal');
function literal(node: ts.Expression, top: boolean): unknown {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text === UNDEFINED_ARG ? NOT_LITERAL : node.text;
  if (ts.isNumericLiteral(node) && /^\d+(?:\.\d+)?$/u.test(node.text)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (top && ts.isIdentifier(node) && node.text === 'undefined') return UNDEFINED_ARG;
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => literal(e, false));
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return NOT_LITERAL;
      const value = literal(p.initializer, false);
      // `__proto__` would set the prototype in the source's literal, and be an own key in JSON.
      if (value === NOT_LITERAL || p.name.text === '__proto__') return NOT_LITERAL;
      out[p.name.text] = value;
    }
    return out;
  }
  return NOT_LITERAL;
}

/** A top-level `const NAME = …` of the module (NAME in capitals, as the engine names its tables). */
interface TopConst { name: string; decl: ts.VariableDeclaration; init: ts.Expression }
function topConsts(source: ts.SourceFile): TopConst[] {
  const out: TopConst[] = [];
  for (const st of source.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const decl of st.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.initializer && /^[A-Z][A-Z0-9_]*$/u.test(decl.name.text)) out.push({ name: decl.name.text, decl, init: decl.initializer });
    }
  }
  return out;
}

/** The module's functions a table may call: declared functions, and constants bound to a function before `at`. */
function moduleFunctions(source: ts.SourceFile, at: number): Set<string> {
  const out = new Set<string>();
  for (const st of source.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body) out.add(st.name.text);
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const && st.end <= at) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) out.add(d.name.text);
      }
    }
  }
  return out;
}

/** The table's calls as data, with the functions they call (null: not a table of literal calls). */
function callTable(source: ts.SourceFile, init: ts.Expression): { fns: string[]; calls: CallEntry[] } | null {
  if (!ts.isArrayLiteralExpression(init) || init.elements.length < 8) return null;
  const local = moduleFunctions(source, init.pos);
  const fns: string[] = [];
  const calls: CallEntry[] = [];
  for (const el of init.elements) {
    const spread = ts.isSpreadElement(el);
    const call = spread ? el.expression : el;
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !local.has(call.expression.text) || call.typeArguments) return null;
    const args = call.arguments.map((a) => literal(a, true));
    if (args.includes(NOT_LITERAL)) return null;
    const fn = call.expression.text;
    if (!fns.includes(fn)) fns.push(fn);
    calls.push([fns.indexOf(fn) * 2 + (spread ? 1 : 0), ...args]);
  }
  return { fns, calls };
}

/**
 * A list of phrasings written as strings (`export const GRANTS: readonly string[] = [\`anonymity\`, …]`, a
 * `String.raw` template being the string it spells): its strings (null: not such a list).
 */
function stringList(c: TopConst): string[] | null {
  const type = c.decl.type;
  const isStringArray = !!type && ts.isTypeOperatorNode(type) && ts.isArrayTypeNode(type.type) && type.type.elementType.kind === ts.SyntaxKind.StringKeyword;
  if (!isStringArray || !ts.isArrayLiteralExpression(c.init) || c.init.elements.length < 3) return null;
  const out: string[] = [];
  for (const el of c.init.elements) {
    if (ts.isStringLiteral(el) || ts.isNoSubstitutionTemplateLiteral(el)) out.push(el.text);
    else if (ts.isTaggedTemplateExpression(el) && ts.isNoSubstitutionTemplateLiteral(el.template) && el.tag.getText() === 'String.raw' && el.template.rawText !== undefined) out.push(el.template.rawText);
    else return null;
  }
  return out;
}

/** Every identifier an expression names. */
function namesIn(node: ts.Node, out = new Set<string>()): Set<string> {
  if (ts.isIdentifier(node)) out.add(node.text);
  node.forEachChild((c) => void namesIn(c, out));
  return out;
}

/** What a derived constant holds, from its declared type or its constructor: the container the worker fills. */
function containerOf(c: TopConst): 'Map' | 'Set' | 'Array' | null {
  const type = c.decl.type;
  if (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const t = type.typeName.text;
    if (t === 'Map' || t === 'ReadonlyMap') return 'Map';
    if (t === 'Set' || t === 'ReadonlySet') return 'Set';
    if (t === 'Array' || t === 'ReadonlyArray') return 'Array';
  }
  if (type && (ts.isArrayTypeNode(type) || ts.isTypeOperatorNode(type) && ts.isArrayTypeNode(type.type))) return 'Array';
  if (ts.isNewExpression(c.init) && ts.isIdentifier(c.init.expression) && (c.init.expression.text === 'Map' || c.init.expression.text === 'Set')) return c.init.expression.text;
  return null;
}

/** Every deferrable word set and call table of the engine's modules, numbered in a fixed order (modules by path,
 *  then position), and the constants derived from the tables. */
export function catalog(root: string): Catalog {
  const byFile = new Map<string, Deferred[]>();
  const words: unknown[] = [];
  const names: string[] = [];
  const engine = resolve(root, 'src/engine');
  const consts: Array<{ file: string; c: TopConst }> = [];
  const moved = new Set<string>();
  for (const file of engineModules(engine)) {
    const code = readFileSync(file, 'utf8');
    const found: Array<{ start: number; end: number; data: unknown; name: string; code: (id: number) => string }> = [];
    for (const p of PATTERNS) {
      if (p.needsSetOf && !code.includes(PLAIN_SET_OF)) continue;
      for (const m of code.matchAll(p.re)) {
        const name = DECLARED.exec(code.slice(code.lastIndexOf('\n', m.index) + 1, m.index))?.[1];
        if (!name || KEEP_IN_SCRIPT.has(name)) continue;
        moved.add(name);
        found.push({ start: m.index, end: m.index + m[0].length, data: p.words(p.whole ? m[1] : m[1] ?? m[2]), name, code: (id) => `deferredWords(${id})` });
      }
    }
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
    for (const c of topConsts(source)) {
      consts.push({ file, c });
      if (KEEP_IN_SCRIPT.has(c.name)) continue;
      const strings = stringList(c);
      if (strings) {
        moved.add(c.name);
        found.push({ start: c.init.getStart(source), end: c.init.end, data: strings, name: c.name, code: (id) => `deferredStrings(${id})` });
        continue;
      }
      const table = callTable(source, c.init);
      if (!table) continue;
      moved.add(c.name);
      found.push({ start: c.init.getStart(source), end: c.init.end, data: table.calls, name: c.name, code: (id) => `deferredCalls(${id}, [${table.fns.join(', ')}])` });
    }
    found.sort((a, b) => a.start - b.start);
    for (let i = 1; i < found.length; i++) if (found[i].start < found[i - 1].end) throw new Error(`deferred words: ${found[i].name} overlaps ${found[i - 1].name} in ${file}`);
    if (!found.length) continue;
    byFile.set(file, found.map((f) => {
      names.push(f.name);
      return { start: f.start, end: f.end, code: f.code(words.push(f.data) - 1) };
    }));
  }
  // Constants derived from a moved table, or from such a constant, in any module: until nothing more is found.
  const derived: string[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const { file, c } of consts) {
      if (moved.has(c.name) || ts.isArrowFunction(c.init) || ts.isFunctionExpression(c.init)) continue;
      const from = [...namesIn(c.init)].find((n) => moved.has(n));
      if (!from) continue;
      // Anything else (a pattern compiled from the words, a list of the sets themselves) stays as written: a list
      // that only holds the sets reads none of them, and a pattern is read out by the test as an early read.
      const kind = containerOf(c);
      if (!kind) continue;
      moved.add(c.name);
      derived.push(c.name);
      const source = c.init.getSourceFile();
      // `new Map(entries)` is an empty map given each entry in turn: the worker gives them to the map it made, rather
      // than build a second map to copy (a Set alike).
      const init = ts.isNewExpression(c.init) && ts.isIdentifier(c.init.expression) && c.init.expression.text === kind && c.init.arguments?.length === 1 && !ts.isSpreadElement(c.init.arguments[0]) ? c.init.arguments[0] : c.init;
      const spots = byFile.get(file) ?? [];
      spots.push({ start: c.init.getStart(source), end: c.init.end, code: `deferredValue('${kind}', () => (${init.getText(source)}))` });
      spots.sort((a, b) => a.start - b.start);
      byFile.set(file, spots);
      grew = true;
    }
  }
  for (const [file, spots] of byFile) {
    for (let i = 1; i < spots.length; i++) if (spots[i].start < spots[i - 1].end) throw new Error(`deferred words: two replacements overlap in ${file} at ${spots[i].start}`);
  }
  return { byFile, words, names, derived };
}

/** The module's code with its deferred sets and tables replaced (null: nothing to replace). */
export function deferWords(cat: Catalog, file: string, code: string, runtime: string): string | null {
  const spots = cat.byFile.get(file);
  if (!spots) return null;
  let out = '';
  let at = 0;
  for (const s of spots) {
    out += `${code.slice(at, s.start)}${s.code}`;
    at = s.end;
  }
  return `import { deferredCalls, deferredStrings, deferredValue, deferredWords } from ${JSON.stringify(runtime)};\n${out}${code.slice(at)}`;
}
