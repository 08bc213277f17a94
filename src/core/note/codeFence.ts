// Fenced code blocks as CommonMark reads them, for the line scanners that must skip code: the
// user-section finder, the title reader, the prose scanner and the hover's prose check. Each finds
// a line's fence run with its own container rules (list items, quotes, indentation); what a run
// opens and what closes it is decided here, once.

/** An open fence: its character (` or ~) and the length of its run. */
export interface Fence {
  char: string;
  length: number;
}

/** A fence line as read at the top level: up to three spaces of indentation, the run, the rest. */
export const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence a run opens; none when a backtick run's info string holds a backtick (then the line holds a code span). */
export function opensFence(run: string, rest: string): Fence | undefined {
  if (run[0] === '`' && rest.includes('`')) return undefined;
  return { char: run[0], length: run.length };
}

/** Whether a run closes the fence: the same character, at least as long, nothing after it but spaces. */
export function closesFence(fence: Fence, run: string, rest: string): boolean {
  return run[0] === fence.char && run.length >= fence.length && rest.trim() === '';
}

/**
 * The fence open after a line, given the one open before it (undefined: outside code) and the
 * line's run and rest (undefined when the line has no fence run).
 */
export function fenceAfter(fence: Fence | undefined, run: string | undefined, rest = ''): Fence | undefined {
  if (run === undefined) return fence;
  if (fence) return closesFence(fence, run, rest) ? undefined : fence;
  return opensFence(run, rest);
}
