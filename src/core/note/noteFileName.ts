/** Longest file name written, `.md` included; well under every file system's limit, and readable. */
export const MAX_FILE_NAME_LENGTH = 80;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', þ: 'th', Þ: 'th', ð: 'd', ı: 'i',
};

/** ASCII-folds and dash-separates a phrase: "Lynas’ Kalgoorlie Plant" → "lynas-kalgoorlie-plant". */
export function slugify(text: string): string {
  return text
    .replace(/[ßæÆœŒøØđĐłŁþÞðı]/g, (letter) => EXTRA_FOLDS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface NoteFileNameInput {
  /** ISO date of the article; only its `YYYY-MM-DD` part is used. */
  date: string;
  slug: string | undefined;
  title: string;
  wpId: number;
}

/**
 * `<YYYY-MM-DD>-<slug><suffix>.md`; the caller passes a suffix such as `-<wp_id>` to tell two
 * articles apart. Whatever the input holds, the result is one safe path segment.
 */
export function noteFileName(input: NoteFileNameInput, suffix = ''): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(input.date)?.[0] ?? 'undated';
  const budget = MAX_FILE_NAME_LENGTH - day.length - 1 - suffix.length - '.md'.length;
  let slug = slugify(decodeSlug(input.slug ?? '')) || slugify(input.title) || `article-${input.wpId}`;
  slug = slug.slice(0, budget).replace(/-+$/, '');
  const name = `${day}-${slug}${suffix}.md`;
  return WINDOWS_RESERVED.test(name) ? `_${name}` : name;
}

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
