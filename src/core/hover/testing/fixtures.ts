// Figures and provenances for the hover card tests (and the benchmark's sanity check), written for
// them: the articles and sites are made up; the reference figures come from the dataset itself.
import type { FigureMetric, FigureSubjects, NoteFigure, NoteProvenance } from '../../figures/noteFigure';

export function provenance(notePath: string, title: string, extra: Partial<NoteProvenance> = {}): NoteProvenance {
  return { notePath, title, ...extra };
}

export interface FigureSpec {
  raw: string;
  value: number;
  valueMax?: number;
  unit?: string;
  approximate?: boolean;
  sentence: string;
  line?: number;
  start?: number;
  subjects?: Partial<FigureSubjects>;
  metric?: FigureMetric;
}

export function figure(spec: FigureSpec): NoteFigure {
  const start = spec.start ?? 200;
  const result: NoteFigure = {
    value: spec.value,
    unit: spec.unit,
    approximate: spec.approximate ?? false,
    raw: spec.raw,
    start,
    end: start + spec.raw.length,
    line: spec.line ?? 8,
    sentence: spec.sentence,
    subjects: { elements: [], regions: [], organizations: [], ...spec.subjects },
  };
  if (spec.valueMax !== undefined) result.valueMax = spec.valueMax;
  if (spec.metric !== undefined) result.metric = spec.metric;
  return result;
}

export const chinaOutput2025 = provenance('notes/2025-01-15-china-output.md', 'China’s grip on rare earth mining loosens slightly', {
  site: 'www.example-news.com',
  date: '2025-01-15',
  url: 'https://www.example-news.com/2025/01/china-grip-loosens',
});

export const metalsDaily2023 = provenance('notes/2023-03-02-mine-supply.md', 'Mine supply outside China grows', {
  site: 'metals-daily.example',
  date: '2023-03-02T08:00:00.000Z',
  url: 'https://metals-daily.example/news/mine-supply',
});

export const magnetWeekly2024 = provenance('notes/2024-06-10-magnet-makers.md', 'Magnet makers stock up on heavy rare earths', {
  site: 'magnet-weekly.example',
  date: '2024-06-10',
  url: 'https://magnet-weekly.example/stock-up',
});

/** A note written by hand: no article behind it. */
export const ownNote = provenance('research/dy-thoughts.md', 'Dy thoughts');

export const chinaMiningShare = figure({
  raw: '69%', value: 69, unit: '%', line: 9, start: 240,
  sentence: 'China accounted for 69% of global rare earth mine production in 2024, according to the report.',
  subjects: { regions: ['China'] }, metric: 'mining share',
});

export const chinaMiningShare2022 = figure({
  raw: '62%', value: 62, unit: '%', line: 12, start: 410,
  sentence: 'China’s share of mining fell to 62% in 2022 as output grew in the United States, Australia and Myanmar.',
  subjects: { regions: ['China', 'United States', 'Australia', 'Burma (Myanmar)'] }, metric: 'mining share',
});

export const chinaMiningShareApprox = figure({
  raw: 'about 70%', value: 70, unit: '%', approximate: true, line: 20, start: 900,
  sentence: 'Analysts put China at about 70% of mined supply.',
  subjects: { regions: ['China'] }, metric: 'mining share',
});

export const dyDemand = figure({
  raw: '12%', value: 12, unit: '%', line: 14, start: 620,
  sentence: 'Dysprosium demand from magnet makers rose 12% last year, the company said, as EV motor output climbed.',
  subjects: { elements: ['Dy'] }, metric: 'demand',
});

export const dyPrice = figure({
  raw: 'US$230/kg', value: 230, unit: 'USD/kg', line: 6, start: 130,
  sentence: 'Dy oxide traded near US$230/kg in Rotterdam.',
  subjects: { elements: ['Dy'] }, metric: 'price',
});

/** Text people or hostile pages put in notes: each must render as itself, and as nothing else. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](command:workbench.action.quit)',
  '[x](javascript:alert(1))',
  '![img](https://evil.example/pixel.png)',
  '![img](command:workbench.action.quit)',
  '<command:workbench.action.quit>',
  '<https://evil.example>',
  'javascript:alert(1) and command:workbench.action.quit',
  'https://evil.example/(x) www.evil.example',
  '`code` ``more`` and ```fence```',
  '*bold* **strong** _em_ __strong__ ~~strike~~',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '---',
  '[ref]: command:workbench.action.quit',
  '[x][ref] and [ref]',
  '&lt;img src=x onerror=alert(1)&gt; &amp; &#60;script&#62;',
  'back\\slash \\[not a link\\](command:x)',
  'line one\nline two\n\n# new block',
  '$(alert) $(zap) {{template}}',
  'price US$60/kg rose 69%: C:\\path and mailto:a@b.c',
  'zero\u200Bwidth and \u202Ereversed\u202C and \u2028separator',
];
