// The zod schema of the built-in reference dataset: every figure, price series, use and class must
// carry a source with publisher, title, year and an https URL. The dataset test runs it, so a
// figure without a source fails the build's tests.
// zod/mini keeps the bundle small (see src/core/wordpress/wpPost.ts).
import * as z from 'zod/mini';
import {
  CLASSIFYING_AUTHORITIES,
  COMPARISONS,
  CONFIDENCES,
  ELEMENT_GROUPS,
  METRICS,
  UNITS,
} from './types';

const text = z.string().check(
  z.minLength(1, { message: 'expected non-empty text' }),
  z.refine((value) => value.trim() === value, { message: 'expected no leading or trailing spaces' }),
);

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a lower-case, hyphen-separated id' }));

/** True for an absolute https URL with a dotted host name and no spaces. */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname);
  } catch {
    return false;
  }
}

const httpsUrl = z.string().check(z.refine(isHttpsUrl, { message: 'expected an absolute https URL' }));

const symbol = z.string().check(z.regex(/^[A-Z][a-z]?$/, { message: 'expected an element symbol such as Dy' }));

/** A period such as '2024', '2020–2023' or 'late 1990s–2014': it must name a year. */
const period = text.check(z.regex(/\d{4}/, { message: 'expected a period naming a year, such as 2024 or 2020–2023' }));

export const sourceSchema = z.strictObject({
  id,
  publisher: text,
  title: text,
  year: z.int().check(z.gte(1900), z.lte(2100)),
  url: httpsUrl,
  confidence: z.enum(CONFIDENCES),
  verifiedAt: z.optional(httpsUrl),
  notes: z.optional(text),
});

export const figureSchema = z.strictObject({
  id,
  value: z.number().check(z.nonnegative()),
  valueMax: z.optional(z.number()),
  comparison: z.optional(z.enum(COMPARISONS)),
  unit: z.enum(UNITS),
  approximate: z.boolean(),
  period,
  estimated: z.optional(z.boolean()),
  subject: z.strictObject({
    elements: z.array(symbol),
    regions: z.array(text),
    organizations: z.array(text),
    product: z.optional(text),
  }),
  metric: z.enum(METRICS),
  label: text,
  source: sourceSchema,
  notes: z.optional(text),
}).check(
  z.refine((figure) => figure.valueMax === undefined || figure.valueMax > figure.value, {
    message: 'valueMax must be greater than value', path: ['valueMax'],
  }),
  z.refine((figure) => figure.valueMax === undefined || figure.comparison === undefined, {
    message: 'a figure is a range or a bound, not both', path: ['comparison'],
  }),
  z.refine((figure) => figure.unit !== '%' || (figure.valueMax ?? figure.value) <= 100, {
    message: 'a share cannot exceed 100%', path: ['value'],
  }),
);

export const elementSchema = z.strictObject({
  name: text,
  symbol,
  atomicNumber: z.int().check(z.gte(1), z.lte(118)),
  classifications: z.array(z.strictObject({
    authority: z.enum(CLASSIFYING_AUTHORITIES),
    group: z.enum(ELEMENT_GROUPS),
    source: sourceSchema,
  })),
  primaryUses: z.array(z.strictObject({ use: text, source: sourceSchema })),
});

export const endUsesSchema = z.strictObject({
  id,
  region: text,
  period,
  uses: z.array(text).check(z.minLength(1)),
  source: sourceSchema,
});

export const priceSeriesSchema = z.strictObject({
  id,
  product: text,
  elements: z.array(symbol),
  unit: z.enum(UNITS),
  values: z.record(z.string().check(z.regex(/^\d{4}$/)), z.number().check(z.positive())),
  source: sourceSchema,
  notes: z.optional(text),
});

export const regionSchema = z.strictObject({ name: text, aliases: z.array(text) });

type SourceLike = z.infer<typeof sourceSchema>;

/** Cross-references the parts: unique ids, known sources, element symbols and region names. */
function checkConsistency(data: {
  sources: SourceLike[];
  regions: { name: string; aliases: string[] }[];
  elements: { symbol: string; name: string; classifications: { source: SourceLike }[]; primaryUses: { source: SourceLike }[] }[];
  endUses: { id: string; region: string; source: SourceLike }[];
  priceSeries: { id: string; elements: string[]; source: SourceLike }[];
  figures: { id: string; subject: { elements: string[]; regions: string[] }; source: SourceLike }[];
}): string[] {
  const problems: string[] = [];
  const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
  for (const [what, values] of [
    ['source id', data.sources.map((source) => source.id)],
    ['figure id', data.figures.map((figure) => figure.id)],
    ['price series id', data.priceSeries.map((series) => series.id)],
    ['end uses id', data.endUses.map((uses) => uses.id)],
    ['element symbol', data.elements.map((element) => element.symbol)],
    ['element name', data.elements.map((element) => element.name.toLowerCase())],
    ['region name or alias', data.regions.flatMap((region) => [region.name, ...region.aliases].map((name) => name.toLowerCase()))],
  ] as const) {
    for (const value of duplicates([...values])) problems.push(`duplicate ${what}: ${value}`);
  }
  const sourcesById = new Map(data.sources.map((source) => [source.id, source]));
  const cited: { where: string; source: SourceLike }[] = [
    ...data.figures.map((figure) => ({ where: `figure ${figure.id}`, source: figure.source })),
    ...data.priceSeries.map((series) => ({ where: `price series ${series.id}`, source: series.source })),
    ...data.endUses.map((uses) => ({ where: `end uses ${uses.id}`, source: uses.source })),
    ...data.elements.flatMap((element) => [...element.classifications, ...element.primaryUses]
      .map(({ source }) => ({ where: `element ${element.symbol}`, source }))),
  ];
  for (const { where, source } of cited) {
    const listed = sourcesById.get(source.id);
    if (listed === undefined || JSON.stringify(listed) !== JSON.stringify(source)) {
      problems.push(`${where} cites a source not listed in sources: ${source.id}`);
    }
  }
  for (const source of data.sources) {
    if (!cited.some((citation) => citation.source.id === source.id)) problems.push(`source ${source.id} is never cited`);
  }
  const symbols = new Set(data.elements.map((element) => element.symbol));
  const regionNames = new Set(data.regions.map((region) => region.name));
  for (const figure of data.figures) {
    for (const element of figure.subject.elements) {
      if (!symbols.has(element)) problems.push(`figure ${figure.id} names an unknown element: ${element}`);
    }
    for (const region of figure.subject.regions) {
      if (!regionNames.has(region)) problems.push(`figure ${figure.id} names an unknown region: ${region}`);
    }
  }
  for (const series of data.priceSeries) {
    for (const element of series.elements) {
      if (!symbols.has(element)) problems.push(`price series ${series.id} names an unknown element: ${element}`);
    }
  }
  for (const uses of data.endUses) {
    if (!regionNames.has(uses.region)) problems.push(`end uses ${uses.id} names an unknown region: ${uses.region}`);
  }
  return problems;
}

export const referenceDatasetSchema = z.strictObject({
  sources: z.array(sourceSchema),
  regions: z.array(regionSchema),
  elements: z.array(elementSchema),
  endUses: z.array(endUsesSchema),
  priceSeries: z.array(priceSeriesSchema),
  figures: z.array(figureSchema),
}).check(z.superRefine((data, context) => {
  for (const message of checkConsistency(data)) context.addIssue({ code: 'custom', message, input: data });
}));
