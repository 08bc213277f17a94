/**
 * How much the importer accepts at once. Anything larger is refused with a message naming the
 * limit and its setting, so that a damaged or hostile input costs seconds, never the editor.
 */
export interface ImportLimits {
  /** Largest input (a file, the clipboard, standard input), in MB (`rareEarthNotes.import.maxFileMB`). */
  maxFileMB: number;
  /** Most articles imported in one batch (`rareEarthNotes.import.maxArticles`). */
  maxArticles: number;
  /** Largest article body (`content.rendered`), in MB (`rareEarthNotes.import.maxArticleMB`). */
  maxArticleMB: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = { maxFileMB: 50, maxArticles: 2000, maxArticleMB: 5 };

/** A title longer than this is damage, not a headline; not a setting because no real title comes close. */
export const MAX_TITLE_CHARS = 2000;

const MB = 1024 * 1024;

/** The limits with every missing or unusable value replaced by its default. */
export function resolveLimits(given: Partial<ImportLimits> | undefined): ImportLimits {
  const pick = (key: keyof ImportLimits): number => {
    const value = given?.[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_IMPORT_LIMITS[key];
  };
  return { maxFileMB: pick('maxFileMB'), maxArticles: Math.floor(pick('maxArticles')), maxArticleMB: pick('maxArticleMB') };
}

export function megabytes(limitMB: number): number {
  return Math.floor(limitMB * MB);
}

/** "51.0 MB", for messages. */
export function formatMB(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** Bytes the text takes as UTF-8, counted without building the encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The message for an input over `maxFileMB`; the editor and the CLI use it before reading such a file. */
export function fileTooLargeMessage(name: string, bytes: number, limits: ImportLimits): string {
  return `${name}: ${formatMB(bytes)}, over the limit of ${limits.maxFileMB} MB for one input (setting rareEarthNotes.import.maxFileMB, CLI --max-file-mb). ` +
    'Export the articles in smaller pages (per_page, page=), or raise the limit.';
}
