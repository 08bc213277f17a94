/** The heading that opens the user's own part of a note; the importer never writes below it. */
export const USER_SECTION_HEADING = '## Notes';

const HEADING_LINE = /^## Notes[ \t]*\r?$/;
/** A fence line, also inside list items and quotes (`- ```` opens one that `  ```` closes). */
const FENCE_LINE = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)[ \t]+)*[ \t]*(```|~~~)/;

/**
 * Offset of the `## Notes` heading line that starts the user's section, or -1.
 * Headings inside fenced code do not count.
 */
export function findUserSection(body: string): number {
  let offset = 0;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const marker = FENCE_LINE.exec(line)?.[1];
    if (marker && (!fence || fence === marker)) {
      fence = fence ? undefined : marker;
    } else if (!fence && HEADING_LINE.test(line)) {
      return offset;
    }
    offset += line.length + 1;
  }
  return -1;
}

/**
 * An article heading that reads exactly "## Notes" would be taken for the user's section on
 * re-import, so the imported body says where it comes from instead.
 */
export function guardUserSectionHeading(markdown: string): string {
  return markdown.replace(/^## Notes[ \t]*$/gm, '## Notes (from the article)');
}
