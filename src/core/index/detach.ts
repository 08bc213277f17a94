/**
 * A copy of a string that does not keep the text it was cut from alive. V8 keeps a substring of 13
 * characters or more as a slice of its parent (and `[s].join('')` returns `s` itself), so a name or
 * sentence taken from a note would keep the whole note text in memory as long as the index holds it.
 */
export function detach(text: string): string;
export function detach(text: string | undefined): string | undefined;
export function detach(text: string | undefined): string | undefined {
  return text === undefined || text.length < 13 ? text : (' ' + text).slice(1);
}
