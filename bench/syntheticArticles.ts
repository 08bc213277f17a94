// Deterministic WordPress REST answers shaped like the real article in ../shared/corpus: ~12 KB of
// block-editor HTML (paragraphs, `##` headings, lists with the wp-block-list class, quotes, links
// opening in a new tab with screen-reader text, a rule, emphasis), statistics naming elements,
// countries and companies, and taxonomies both as term ids and as `class_list` slugs. Same seed,
// same articles: the import benchmark compares converters on identical input.
import { seededRandom as random } from '../test/support/seededRandom';

export interface SyntheticPost {
  id: number;
  date: string;
  modified: string;
  slug: string;
  status: 'publish';
  type: 'news-archive';
  link: string;
  title: { rendered: string };
  content: { rendered: string; protected: false };
  excerpt: { rendered: string; protected: false };
  regions: number[];
  organization: number[];
  'news-type': number[];
  class_list: string[];
}

const ELEMENTS = ['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'lanthanum', 'cerium', 'yttrium', 'samarium'];
const REGIONS = ['China', 'United States', 'Australia', 'Malaysia', 'Myanmar', 'Japan', 'Brazil', 'Canada', 'Greenland'];
const ORGANIZATIONS = ['Lynas Rare Earths', 'MP Materials', 'Iluka Resources', 'China Northern Rare Earth Group', 'Arafura Rare Earths', 'Neo Performance Materials', 'Energy Fuels'];
const TOPICS = ['REE News', 'Supply Chain', 'Magnets', 'Policy', 'Prices', 'Processing'];
const HEADINGS = ['Market overview', 'Supply and demand', 'Prices &amp; contracts', 'Mining and processing', 'Policy and trade', 'Magnet makers', 'Outlook'];
const VERBS = ['controls', 'produced', 'refined', 'exported', 'imported', 'consumed', 'added'];
const METRICS = ['of global mining', 'of processing capacity', 'of magnet output', 'of reserves', 'of the world’s supply'];

const slug = (text: string): string => text.toLowerCase().replace(/&amp;/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function pickSome<T>(rand: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(rand() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(rand, list));
  return [...chosen];
}

/** One sentence holding a statistic of the kinds the real articles use. */
function statisticSentence(rand: () => number): string {
  const region = pick(rand, REGIONS);
  const element = pick(rand, ELEMENTS);
  const company = pick(rand, ORGANIZATIONS);
  const year = 2018 + Math.floor(rand() * 8);
  switch (Math.floor(rand() * 6)) {
    case 0: return `${region} ${pick(rand, VERBS)} ${Math.floor(40 + rand() * 55)}% ${pick(rand, METRICS)} in ${year}.`;
    case 1: return `${company} expects about ${(5 + rand() * 40).toFixed(1)} kt of ${element} oxide a year by ${year + 3}.`;
    case 2: return `Prices for ${element} oxide reached US$${Math.floor(50 + rand() * 900)}/kg, up ${Math.floor(5 + rand() * 60)}% on the year.`;
    case 3: return `By ${year}, ${region} had filed ${Math.floor(1 + rand() * 30)},${String(Math.floor(rand() * 1000)).padStart(3, '0')} patents on ${element} magnets.`;
    case 4: return `The plant will need ~${Math.floor(100 + rand() * 900)},000 tons of ore and $${(0.5 + rand() * 4).toFixed(1)} billion of investment.`;
    default: return `Each motor uses roughly ${Math.floor(1 + rand() * 9)} kg of NdFeB, with ${Math.floor(2 + rand() * 8)}–${Math.floor(10 + rand() * 10)}% ${element}.`;
  }
}

function paragraph(rand: () => number): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    sentences.push(rand() < 0.5 ? statisticSentence(rand) : `Analysts say ${pick(rand, REGIONS)} and ${pick(rand, ORGANIZATIONS)} will shape how ${pick(rand, ELEMENTS)} reaches <em>magnet makers</em> over the next decade.`);
  }
  if (rand() < 0.3) {
    sentences.push(`Read <a href="https://example.org/${slug(pick(rand, ORGANIZATIONS))}" target="_blank" rel="noreferrer noopener">the company’s filing<span class="screen-reader-text"> (opens in a new tab)</span></a>.`);
  }
  return `<p>${sentences.join(' ')}</p>`;
}

function list(rand: () => number): string {
  const items = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `<li>${statisticSentence(rand)}</li>`);
  return `<ul class="wp-block-list">\n${items.join('\n\n\n\n')}\n</ul>`;
}

function articleHtml(rand: () => number): string {
  const blocks = [`<p><strong>Highlights</strong></p>`, list(rand), '<hr class="wp-block-separator has-alpha-channel-opacity"/>'];
  for (const heading of pickSome(rand, HEADINGS, 5, 7)) {
    blocks.push(`<h2 class="wp-block-heading">${heading}</h2>`);
    for (let i = 0; i < 3; i++) blocks.push(paragraph(rand));
    if (rand() < 0.6) blocks.push(list(rand));
    if (rand() < 0.4) blocks.push(`<blockquote class="wp-block-quote is-layout-flow"><p>“${statisticSentence(rand)}”</p></blockquote>`);
  }
  return `\n${blocks.join('\n\n\n\n')}\n`;
}

/** `count` posts, the same for the same seed; ids from 100,000 up, one site. */
export function syntheticPosts(count: number, seed = 1): SyntheticPost[] {
  const rand = random(seed);
  const posts: SyntheticPost[] = [];
  for (let i = 0; i < count; i++) {
    const id = 100_000 + i;
    const region = pickSome(rand, REGIONS, 1, 3);
    const organizations = pickSome(rand, ORGANIZATIONS, 0, 2);
    const topics = pickSome(rand, TOPICS, 1, 3);
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 19);
    const title = `${pick(rand, REGIONS)} and ${pick(rand, ELEMENTS)}: ${pick(rand, HEADINGS)} (${id})`;
    posts.push({
      id,
      date: day,
      modified: day,
      slug: slug(title),
      status: 'publish',
      type: 'news-archive',
      link: `https://rare-earth-news.example/news/${slug(title)}/`,
      title: { rendered: title.replace(/’/g, '&#8217;') },
      content: { rendered: articleHtml(rand), protected: false },
      excerpt: { rendered: `<p>${statisticSentence(rand)}</p>\n`, protected: false },
      regions: region.map((_, n) => 10 + n),
      organization: organizations.map((_, n) => 20 + n),
      'news-type': topics.map((_, n) => 30 + n),
      class_list: [
        `post-${id}`, 'news-archive', 'type-news-archive', 'status-publish', 'format-standard', 'hentry',
        ...topics.map((topic) => `news-type-${slug(topic)}`),
        ...organizations.map((name) => `organization-${slug(name)}`),
        ...region.map((name) => `regions-${slug(name)}`),
      ],
    });
  }
  return posts;
}
