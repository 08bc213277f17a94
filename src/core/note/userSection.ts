import { fenceAfter, type Fence } from './codeFence';

/** The heading that opens the user's own part of a note; the importer never writes below it. */
export const USER_SECTION_HEADING = '## Notes';

const HEADING_LINE = /^## Notes[ \t]*\r?$/;
/** A fence line, also inside list items and quotes (`- ```` opens one that `  ```` closes): the run and what follows. */
const FENCE_LINE = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)[ \t]+)*[ \t]*(`{3,}|~{3,})(.*)$/;

/**
 * Offset of the `## Notes` heading line that starts the user's section, or -1.
 * Headings inside fenced code do not count.
 */
export function findUserSection(body: string): number {
  let offset = 0;
  let fence: Fence | undefined;
  for (const line of body.split('\n')) {
    const match = FENCE_LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    fence = fenceAfter(fence, match?.[1], match?.[2]);
    if (!fence && !match && HEADING_LINE.test(line)) return offset;
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
