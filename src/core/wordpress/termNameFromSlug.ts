/** Words whose casing a slug loses and title case would get wrong. */
const SPECIAL_WORDS: Readonly<Record<string, string>> = {
  ai: 'AI', ceo: 'CEO', dod: 'DoD', doe: 'DOE', eu: 'EU', ev: 'EV', evs: 'EVs', esg: 'ESG', g7: 'G7',
  hree: 'HREE', iea: 'IEA', inc: 'Inc.', ipo: 'IPO', jv: 'JV', llc: 'LLC', lree: 'LREE', ltd: 'Ltd',
  mp: 'MP', ndfeb: 'NdFeB', ndpr: 'NdPr', plc: 'PLC', ree: 'REE', rees: 'REEs', reo: 'REO', smco: 'SmCo',
  uae: 'UAE', uk: 'UK', un: 'UN', us: 'US', usa: 'USA', usgs: 'USGS', wto: 'WTO',
};

/** Joining words stay lower case inside a name ("Bureau of Mines"). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'de', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs']);

/**
 * Turns a term slug into a display name when the site did not send the name:
 * `united-states` → "United States", `mp-materials` → "MP Materials", `ree-news` → "REE News".
 */
export function termNameFromSlug(slug: string): string {
  return safeDecode(slug)
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (SPECIAL_WORDS[lower]) return SPECIAL_WORDS[lower];
      if (index > 0 && MINOR_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** WordPress percent-encodes non-ASCII slugs; a malformed escape is kept as written. */
function safeDecode(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
