// A deterministic workspace of notes shaped like the real imported articles: YAML front matter
// with the keys the importer writes (title, source, site, date, regions, organizations, topics, tags,
// imported_hash…), a `#` title, ~15 KB of Markdown with
// `##` headings, paragraphs, bullet lists, a quote, a table, a code block and ~15 statistics naming
// elements, countries and companies, then the user's `## Notes` section. Same seed, same notes.
import { seededRandom as random } from '../test/support/seededRandom';

const ELEMENTS = ['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'lanthanum', 'cerium', 'yttrium', 'samarium', 'europium', 'gadolinium', 'lutetium', 'scandium'];
const REGIONS = ['China', 'United States', 'Australia', 'Malaysia', 'Myanmar', 'Japan', 'Vietnam', 'Brazil', 'India', 'Canada', 'Greenland', 'Russia', 'the U.S.', 'South Africa', 'Madagascar', 'Estonia'];
const FRONT_MATTER_REGIONS = ['China', 'United States', 'Australia', 'Malaysia', 'Myanmar', 'Japan', 'Vietnam', 'Brazil', 'India', 'Canada', 'Greenland', 'Europe', 'USA', 'Africa'];
const ORGANIZATIONS = ['Lynas Rare Earths', 'MP Materials', 'Iluka Resources', 'China Northern Rare Earth Group', 'Arafura Rare Earths', 'Neo Performance Materials', 'Energy Fuels', 'Shenghe Resources', 'Solvay', 'JL Mag Rare-Earth', 'Vacuumschmelze', 'Ucore Rare Metals', 'Noveon Magnetics', 'Aclara Resources', 'Torngat Metals'];
const SITES = ['rare-earth-news.example', 'mining-weekly.example', 'magnet-markets.example', 'critical-minerals.example', 'metals-daily.example'];
const TOPICS = ['Supply chain', 'Prices', 'Mining', 'Processing', 'Magnets', 'Policy', 'Exports', 'Recycling', 'Investment', 'Dysprosium', 'Neodymium'];
const HEADINGS = ['Market overview', 'Supply and demand', 'Prices and contracts', 'Mining and processing', 'Policy and trade', 'Magnet makers', 'Outlook', 'What analysts say', 'Projects in the pipeline', 'Background'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const pickSome = <T>(rand: () => number, list: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(rand() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(rand, list));
  return [...chosen];
};
const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
const int = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

/** Sentences with a statistic: elements, regions, companies, metrics the extraction recognises. */
const STATISTICS: readonly ((rand: () => number) => string)[] = [
  (r) => `${capital(pick(r, REGIONS))} accounted for ${int(r, 40, 90)}% of global ${pick(r, ELEMENTS)} mine production in ${int(r, 2019, 2025)}.`,
  (r) => `${pick(r, ORGANIZATIONS)} plans to produce ${int(r, 2, 12)},${int(r, 100, 999)} tonnes of ${pick(r, ELEMENTS)} oxide a year from ${pick(r, REGIONS)}.`,
  (r) => `Prices of ${pick(r, ELEMENTS)} oxide rose to US$${int(r, 50, 900)}/kg in ${pick(r, REGIONS).replace(/^the /, '')}, up ${int(r, 5, 60)}% in a year.`,
  (r) => `${capital(pick(r, REGIONS))} holds about ${int(r, 10, 90)}% of the world's refining capacity for ${pick(r, ELEMENTS)}.`,
  (r) => `${capital(pick(r, REGIONS))} relies on imports for ${int(r, 60, 100)}% of its rare earth compounds and metals.`,
  (r) => `Reserves in ${pick(r, REGIONS).replace(/^the /, '')} are estimated at ${int(r, 1, 44)} million tonnes of rare earth oxide.`,
  (r) => `${pick(r, ORGANIZATIONS)} said its ${pick(r, ['magnet', 'separation', 'refining'])} plant will reach ${int(r, 1, 10)},000 t/yr by ${int(r, 2026, 2030)}.`,
  (r) => `Demand for ${pick(r, ELEMENTS)} in magnets could grow ${int(r, 2, 5)}-fold by 2035, according to ${pick(r, ORGANIZATIONS)}.`,
  (r) => `${capital(pick(r, REGIONS))} exported ${int(r, 1, 9)},${int(r, 100, 999)} tonnes of ${pick(r, ELEMENTS)} magnets last quarter, ${int(r, 3, 40)}% more than a year earlier.`,
  (r) => `Mining share: ${pick(r, REGIONS).replace(/^the /, 'the ')} mined ~${int(r, 5, 70)}% of the world's ${pick(r, ELEMENTS)} in ${int(r, 2020, 2024)}.`,
];

const FILLER: readonly ((rand: () => number) => string)[] = [
  (r) => `Analysts said the market for ${pick(r, ELEMENTS)} remained tight as buyers in ${pick(r, REGIONS).replace(/^the /, '')} sought supply outside the usual channels.`,
  (r) => `${pick(r, ORGANIZATIONS)} declined to comment on the timing of its next shipment, citing commercial confidentiality.`,
  () => 'Separation of heavy rare earths remains the bottleneck, as it needs solvent extraction circuits with hundreds of stages.',
  () => 'Magnet makers are testing grain-boundary diffusion to cut the amount of heavy rare earths they need without losing coercivity.',
  (r) => `Officials in ${pick(r, REGIONS).replace(/^the /, '')} described the measures as a response to national security concerns rather than a trade dispute.`,
  () => 'Traders reported thin volumes and wide bid-offer spreads, with few deals concluded outside long-term contracts.',
  (r) => `The project still needs environmental approval, financing and an offtake agreement before construction of its ${pick(r, ELEMENTS)} circuit can begin.`,
  () => 'Recycling of end-of-life magnets is growing but still covers only a small part of the feed that new plants will need.',
  () => 'Industry groups have called for price floors and stockpiles to make projects outside the dominant supplier bankable.',
  (r) => `Engineers at ${pick(r, ORGANIZATIONS)} said the pilot plant had run continuously for several weeks without major issues.`,
  () => 'Several automakers have announced motors that use fewer rare earths, though most electric vehicles still rely on permanent magnets.',
  () => 'The announcement came after weeks of negotiations between producers, processors and government agencies.',
];

function paragraph(rand: () => number, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(pick(rand, FILLER)(rand));
  return parts.join(' ');
}

export interface SyntheticNote {
  notePath: string;
  text: string;
}

/** A hash as the importer writes it (16 hex digits), from its own random stream so the note's text stays the same. */
function importedHash(seed: number, index: number): string {
  const rand = random(seed * 1_000_033 + index);
  return Array.from({ length: 16 }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
}

/** Note number `index` of the workspace generated from `seed`: ~15 KB, ~15 statistics. */
export function syntheticNote(index: number, seed = 42, targetBytes = 15_000): SyntheticNote {
  const rand = random(seed * 1_000_003 + index);
  const year = int(rand, 2019, 2025);
  const month = String(int(rand, 1, 12)).padStart(2, '0');
  const day = String(int(rand, 1, 28)).padStart(2, '0');
  const element = pick(rand, ELEMENTS);
  const region = pick(rand, REGIONS).replace(/^the /, '');
  const title = `${capital(element)} supply from ${region}: note ${index}`;
  const site = pick(rand, SITES);
  const slug = `${element}-${region.toLowerCase().replace(/[^a-z]+/g, '-')}-${index}`;
  const frontMatter = [
    '---',
    `title: "${title}"`,
    `source: https://${site}/news/${slug}/`,
    `wp_id: ${100_000 + index}`,
    `site: ${site}`,
    'type: post',
    `date: ${year}-${month}-${day}T0${int(rand, 0, 9)}:00:00`,
    `modified: ${year}-${month}-${day}T12:00:00`,
    'regions:',
    ...pickSome(rand, FRONT_MATTER_REGIONS, 1, 3).map((name) => `  - ${name}`),
    'organizations:',
    ...pickSome(rand, ORGANIZATIONS, 1, 3).map((name) => `  - ${name}`),
    'topics:',
    ...pickSome(rand, TOPICS, 1, 3).map((name) => `  - ${name}`),
    'tags: []',
    `excerpt: "${capital(element)} buyers look beyond ${region} as prices move."`,
    `imported: ${year}-${month}-${day}T18:00:00.000Z`,
    `imported_hash: ${importedHash(seed, index)}`,
    '---',
    '',
    `# ${title}`,
    '',
  ];
  const body: string[] = [];
  let statistics = 0;
  let length = frontMatter.join('\n').length;
  const sections = pickSome(rand, HEADINGS, 6, 8);
  const push = (block: string) => {
    body.push(block, '');
    length += block.length + 2;
  };
  const statistic = () => {
    statistics++;
    return pick(rand, STATISTICS)(rand);
  };
  const bytesPerSection = targetBytes / sections.length;
  for (let s = 0; s < sections.length; s++) {
    push(`## ${sections[s]}`);
    const sectionEnd = Math.min(targetBytes, length + bytesPerSection);
    let block = 0;
    while (length < sectionEnd - 200) {
      // Spread ~15 statistics evenly over the note.
      const due = Math.floor((length / targetBytes) * 15) + 1 > statistics;
      const kind = block++ % 7;
      if (kind === 2) {
        push(pickSome(rand, FILLER, 3, 4).map((make) => `- ${make(rand)}`).concat(due ? [`- ${statistic()}`] : []).join('\n'));
      } else if (kind === 4 && s % 3 === 1) {
        push(`> ${paragraph(rand, 2)}${due ? ` ${statistic()}` : ''}\n> — an industry executive`);
      } else if (kind === 5 && s === 2) {
        push(['| Element | Use |', '| --- | --- |', ...pickSome(rand, ELEMENTS, 3, 3).map((name) => `| ${capital(name)} | magnets, phosphors |`)].join('\n'));
      } else if (kind === 6 && s === 3) {
        push(['```json', '{ "element": "Dy", "share": 99, "note": "code is never a figure: 42%" }', '```'].join('\n'));
      } else {
        const sentences = paragraph(rand, int(rand, 3, 5));
        push(due ? `${sentences} ${statistic()} ${paragraph(rand, 1)}` : sentences);
      }
    }
  }
  const notes = ['## Notes', '', `- Follow up on ${element} prices next quarter.`, ''];
  return { notePath: `notes/${year}/${slug}.md`, text: [...frontMatter, ...body, ...notes].join('\n') };
}

export function syntheticNotes(count: number, seed = 42): SyntheticNote[] {
  const notes: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) notes.push(syntheticNote(i, seed));
  return notes;
}
