/**
 * Finding an article's REST address in its HTML page. WordPress emits, for
 * every post of a REST-enabled type,
 *   <link rel="alternate" type="application/json" href="…/wp-json/wp/v2/<type>/<id>">
 * in the head and the same as an HTTP `Link:` header, plus the API root as
 *   <link rel="https://api.w.org/" href="…/wp-json/">.
 */

export interface RestLinks {
  /** The article's REST item URL (absolute), when found. */
  readonly restUrl?: string;
  /** The site's REST API root (absolute), when found. */
  readonly apiRoot?: string;
}

const API_REL = 'https://api.w.org/';

interface LinkRecord {
  href: string;
  rels: string[];
  type: string;
}

function resolve(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function pick(records: LinkRecord[], base: string): RestLinks {
  let restUrl: string | undefined;
  let apiRoot: string | undefined;
  for (const record of records) {
    if (restUrl === undefined && record.rels.includes('alternate') && record.type === 'application/json') {
      restUrl = resolve(record.href, base);
    }
    if (apiRoot === undefined && record.rels.includes(API_REL)) apiRoot = resolve(record.href, base);
  }
  return { ...(restUrl !== undefined && { restUrl }), ...(apiRoot !== undefined && { apiRoot }) };
}

function record(href: string, attributes: Map<string, string>): LinkRecord {
  return {
    href,
    rels: (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter((rel) => rel !== ''),
    type: (attributes.get('type') ?? '').trim().toLowerCase(),
  };
}

/** Reads an HTTP `Link:` header (`<url>; rel="alternate"; type="application/json", <…>; …`). */
export function findRestLinksInHeader(header: string | undefined, base: string): RestLinks {
  if (!header) return {};
  const records: LinkRecord[] = [];
  for (const [, href, rest] of header.matchAll(/<([^>]*)>([^<]*)/g)) {
    const attributes = new Map<string, string>();
    for (const [, name, quoted, plain] of rest.matchAll(/;\s*([^\s=;,]+)\s*(?:=\s*(?:"([^"]*)"|([^;,\s]*)))?/g)) {
      attributes.set(name.toLowerCase(), quoted ?? plain ?? '');
    }
    records.push(record(href, attributes));
  }
  return pick(records, base);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Reads the `<link>` elements of an HTML page (comments, scripts and styles skipped). */
export function findRestLinksInHtml(html: string, base: string): RestLinks {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  const records: LinkRecord[] = [];
  for (const [tag] of cleaned.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const [, name, doubleQuoted, singleQuoted, plain] of tag.slice(5).matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      const key = name.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(doubleQuoted ?? singleQuoted ?? plain ?? ''));
    }
    const href = attributes.get('href');
    if (href) records.push(record(href, attributes));
  }
  return pick(records, base);
}

/** Both sources merged; the HTTP header wins over the HTML. */
export function findRestLinks(header: string | undefined, html: string, base: string): RestLinks {
  const fromHeader = findRestLinksInHeader(header, base);
  if (fromHeader.restUrl !== undefined && fromHeader.apiRoot !== undefined) return fromHeader;
  const fromHtml = findRestLinksInHtml(html, base);
  return { ...fromHtml, ...fromHeader };
}
