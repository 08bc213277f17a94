// The TextMate grammar that injects element and statistic highlighting into VS Code's Markdown
// grammar. scripts/generateGrammar.mjs writes it to syntaxes/rare-earth.injection.tmLanguage.json at
// build time; test/grammar checks that the file on disk equals this function's output.
import { HIGHLIGHT_RULES, RULE_START, SKIP_RULES, START_CLASSES, UPPER_START, type HighlightRule, type StartClass } from './highlightRules';

export const INJECTION_SCOPE_NAME = 'markdown.rare-earth.injection';

/** A stretch of prose the grammar scans on its own (see buildInjectionGrammar). */
export const PROSE_SCOPE = 'meta.prose.rare-earth';

/**
 * Characters where a Markdown inline construct may begin or end (entities, HTML, emphasis, code,
 * strikethrough, escapes, images, links, table cells): a prose run stops before each of them and
 * hands the rest of the line back to Markdown.
 */
const MARKDOWN_INLINE_CHARACTERS = '&<*_`\\\\\\[\\]|~!';

/**
 * Where the injection applies: the text of paragraphs (also in lists and quotes), headings and
 * tables; never front matter, code, HTML blocks or the root of the document, where Markdown decides
 * at the start of a line what block begins. Inside them, not in HTML comments, tags or embedded
 * code, and not inside our own prose runs (they scan with their own patterns). In paragraphs and
 * headings the injection goes first at the same position (L:), so that an approximation sign such
 * as "<5%" is a statistic, not the start of an HTML tag; in tables Markdown goes first, so that a
 * cell is split at its bars before anything is highlighted in it. (A negative term takes the scope
 * names after it as one path, so the negative terms come last.) Of a heading only its text
 * (entity.name.section), which Markdown tokenizes apart: in the whole line, where Markdown's heading
 * pattern matches at the first '#', a search by the injection would only be thrown away.
 */
const NOT_INSIDE = `-${PROSE_SCOPE} -comment -meta.tag -meta.embedded`;
export const INJECTION_SELECTOR = `L:(meta.paragraph.markdown | entity.name.section.markdown) ${NOT_INSIDE}, markup.table.markdown ${NOT_INSIDE}`;

interface GrammarPattern {
  key: string;
  /** The pattern's regular expression. */
  match: string;
  /** Scopes by capture number ('0': the whole match). */
  captures: Record<string, { name: string }>;
}

/**
 * Rules that start with these run together in one pattern, a branch per class (digits first: their
 * guard is the cheapest to fail); lower-case ones apart (see below).
 */
const GROUPED_CLASSES: readonly StartClass[] = ['digit', 'upper', 'sign'];

/**
 * The highlight rules as grammar patterns. A TextMate scanner takes the match that starts first and,
 * at the same start, the earlier pattern; findHighlights takes the earlier rule. So:
 * - the rules that can start with a capital, a digit or a sign make one pattern, 'classes': one
 *   branch per class behind a look-ahead for it (UPPER_START for capitals), holding the class's rules
 *   in priority order; as the classes do not overlap, at most one branch can match at a start. One
 *   pattern rather than one per class, because Oniguruma's scanner pays for every pattern on every
 *   search (it sets each up and looks ahead for where each could next match), whether or not it matches;
 * - each rule that can start with a lower-case letter is a pattern of its own, after that one: each
 *   begins with a literal Oniguruma searches for (rare, lanthan, …um, …fold); in a pattern with the
 *   others it would stop at nearly every letter. These rules come last in priority, so their order is right.
 * Rules of a class that share a scope and follow each other share a capture: every capture costs on
 * every attempt.
 */
function highlightPatterns(rules: readonly HighlightRule[]): GrammarPattern[] {
  const apart = rules.filter((rule) => rule.starts.includes('lower'));
  if (apart.some((rule) => rules.indexOf(rule) < rules.length - apart.length)) throw new Error('rules that start with a lower-case letter must come last');
  const branches: string[] = [];
  const captures: Record<string, { name: string }> = {};
  let group = 0;
  for (const startClass of GROUPED_CLASSES) {
    const members = rules.filter((rule) => !rule.starts.includes('lower') && rule.starts.includes(startClass));
    const alternatives: string[] = [];
    for (let k = 0; k < members.length;) {
      let l = k + 1;
      while (l < members.length && members[l].scope === members[k].scope) l++;
      alternatives.push(`(${members.slice(k, l).map((rule) => body(startClass === 'sign' ? rule.source : rule.unsigned, rule)).join('|')})`);
      captures[String(++group)] = { name: members[k].scope };
      k = l;
    }
    const guard = startClass === 'upper' ? UPPER_START : START_CLASSES[startClass];
    branches.push(`(?=${guard})(?:${alternatives.join('|')})`);
  }
  const out: GrammarPattern[] = [{ key: 'classes', match: `${RULE_START}(?:${branches.join('|')})`, captures }];
  for (const rule of apart) out.push({ key: rule.name, match: rule.source, captures: { 0: { name: rule.scope } } });
  return out;
}

/** A rule's source without RULE_START, for an alternative of a pattern. */
function body(source: string, rule: HighlightRule): string {
  if (!source.startsWith(RULE_START)) throw new Error(`rule ${rule.name} does not start with RULE_START`);
  // Capture numbering needs rule sources without groups of their own.
  if (/\((?!\?)/.test(source.replace(/\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]/g, ''))) throw new Error(`rule ${rule.name} has a capture group`);
  return source.slice(RULE_START.length);
}

/**
 * Shape, chosen for speed (vscode-textmate asks both Markdown's scanner, some 50 patterns in a
 * paragraph, and the injection's at every token, and each scan costs per character and pattern):
 * - the injection's patterns each begin a prose run at the first thing to highlight (or a bare URL,
 *   which is skipped whole); the run is a begin/end rule whose own patterns find the rest, so that
 *   between highlights only our few patterns scan, not Markdown's and ours twice over;
 * - a run ends before any character where Markdown inline syntax may start, so Markdown tokenizes
 *   exactly as without the injection; at the end of the line it stays open (Markdown's paragraph
 *   ends it at the next line, unless the paragraph goes on: then it continues, or ends before a setext
 *   underline), which saves Markdown a scan at every line end.
 */
export function buildInjectionGrammar(): object {
  const url = SKIP_RULES.find((rule) => rule.name === 'url');
  if (!url) throw new Error('no url skip rule');
  const inner: GrammarPattern[] = [{ key: 'url', match: url.source, captures: { 0: { name: url.scope } } }, ...highlightPatterns(HIGHLIGHT_RULES)];
  const innerIncludes = inner.map(({ key }) => ({ include: `#${key}` }));
  const end = `(?=[${MARKDOWN_INLINE_CHARACTERS}])|^(?=[-=])`;
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Rare Earth Notes: elements and statistics in Markdown',
    comment: 'Generated by scripts/generateGrammar.mjs from src/core/highlight (highlightRules.ts, vocabulary.ts); do not edit.',
    scopeName: INJECTION_SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    patterns: inner.map(({ key }) => ({ include: `#prose-${key}` })),
    repository: Object.fromEntries([
      ...inner.map(({ key, match, captures }) => [key, '0' in captures ? { name: captures['0'].name, match } : { match, captures }]),
      ...inner.map(({ key, match, captures }) => [`prose-${key}`, { name: PROSE_SCOPE, begin: match, beginCaptures: captures, end, patterns: innerIncludes }]),
    ]),
  };
}
