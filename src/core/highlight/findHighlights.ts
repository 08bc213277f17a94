// Finds element names and statistics in a run of plain prose (a Markdown text token, no markup), with
// the same rules and the same precedence as the editor's TextMate injection grammar: scanning left to
// right, the match that starts first wins; at the same start, the earlier rule in HIGHLIGHT_RULES.
import { HIGHLIGHT_RULES, RULE_FLAGS, SKIP_RULES, type HighlightKind, type HighlightRule } from './highlightRules';

export interface Highlight {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  kind: HighlightKind;
  /** Base class (ren-element or ren-stat) and the rule's own, space-separated. */
  className: string;
  /** The TextMate scope the editor gives the same text. */
  scope: string;
  text: string;
}

// Skip rules first: at the same start, a comment, tag or URL wins (as in the grammar's pattern order).
const compiled: { rule: HighlightRule | undefined; regex: RegExp }[] = [
  ...SKIP_RULES.map((rule) => ({ rule: undefined, regex: new RegExp(rule.source, RULE_FLAGS) })),
  ...HIGHLIGHT_RULES.map((rule) => ({ rule, regex: new RegExp(rule.source, RULE_FLAGS) })),
];

/** Highlights in `text`, sorted by start, never overlapping. */
export function findHighlights(text: string): Highlight[] {
  const highlights: Highlight[] = [];
  if (!/[0-9A-Za-z~≈]/.test(text)) return highlights;
  // Next match of each rule at or after the current position (undefined: to be searched; null: none left).
  const next: (RegExpExecArray | null | undefined)[] = compiled.map(() => undefined);
  let position = 0;
  while (position < text.length) {
    let best = -1;
    for (let i = 0; i < compiled.length; i++) {
      let match = next[i];
      if (match === null) continue;
      if (match === undefined || match.index < position) {
        const { regex } = compiled[i];
        regex.lastIndex = position;
        match = regex.exec(text);
        // A rule never matches empty text, but guard the loop anyway.
        if (match && match[0].length === 0) match = null;
        next[i] = match;
        if (!match) continue;
      }
      if (best === -1 || match.index < (next[best] as RegExpExecArray).index) best = i;
    }
    if (best === -1) break;
    const match = next[best] as RegExpExecArray;
    const { rule } = compiled[best];
    const end = match.index + match[0].length;
    if (rule) highlights.push({ start: match.index, end, kind: rule.kind, className: rule.className, scope: rule.scope, text: match[0] });
    position = end;
  }
  return highlights;
}
