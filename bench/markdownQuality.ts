// What a reader of a converted article would notice: leftover HTML tags, screen-reader text
// ("opens in a new tab"), block-editor comments and backslashes before characters that need none.

export interface MarkdownQualityIssues {
  tags: number;
  screenReaderText: number;
  blockComments: number;
  needlessEscapes: number;
}

export function markdownQualityIssues(outputs: readonly string[]): MarkdownQualityIssues {
  const issues: MarkdownQualityIssues = { tags: 0, screenReaderText: 0, blockComments: 0, needlessEscapes: 0 };
  for (const markdown of outputs) {
    issues.tags += (markdown.match(/<\/?[a-z][^>]*>/gi) ?? []).length;
    issues.screenReaderText += (markdown.match(/opens in a new tab/g) ?? []).length;
    issues.blockComments += (markdown.match(/wp:[a-z]/g) ?? []).length;
    issues.needlessEscapes += (markdown.match(/\\[~.()\-&$%,]/g) ?? []).length;
  }
  return issues;
}
