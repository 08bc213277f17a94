// Which workspace paths the brief settings select: `rareEarthNotes.briefs.include` entries are
// folders (`briefs`, `drafts/2025/`) or globs (`**/*.brief.md`, `{briefs,memos}/**`), matched
// against workspace-relative paths with forward slashes.

/** A glob as a regular expression: `**` any folders, `*` and `?` within one segment, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') {
      source += '(?:';
      inGroup = true;
    } else if (ch === '}' && inGroup) {
      source += ')';
      inGroup = false;
    } else if (ch === ',' && inGroup) source += '|';
    else source += ch.replace(/[\\^$.+()[\]|/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** An include entry as a glob: a folder stands for every Markdown file under it. */
export function includeGlob(entry: string): string {
  const trimmed = entry.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (/[*?{]/.test(trimmed)) return trimmed;
  const folder = trimmed.replace(/\/+$/, '');
  return /\.md$/i.test(folder) ? folder : `${folder}/**/*.md`;
}

/**
 * True when a workspace-relative path is a brief: selected by an include entry when there are any,
 * else any Markdown path outside the notes folder.
 */
export function isBriefPath(relativePath: string, notesFolder: string, include: readonly string[]): boolean {
  if (!/\.md$/i.test(relativePath)) return false;
  const entries = include.map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length > 0) return entries.some((entry) => globToRegExp(includeGlob(entry)).test(relativePath));
  const notes = notesFolder.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
  return notes === '' ? false : !relativePath.startsWith(`${notes}/`);
}
