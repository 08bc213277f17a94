// Shares of world supply. The IEA Global Critical Minerals Outlook 2024 shares (refining, mining,
// magnet demand) are not included: they could not be verified against the IEA's own text.
import { usgsFactSheet20143078 as source } from './sources';
import type { ReferenceFigure } from './types';

export const marketShareFigures: readonly ReferenceFigure[] = [
  {
    id: `${source.id}-supply-share-china-late-1990s-2014`,
    value: 85,
    valueMax: 95,
    unit: '%',
    approximate: false,
    period: 'late 1990s–2014',
    subject: { elements: [], regions: ['China'], organizations: [] },
    metric: 'supply share',
    label: "China, share of the world's rare earth supply since the late 1990s",
    source,
    notes: 'Range over the period; fact sheet first posted November 2014.',
  },
];
