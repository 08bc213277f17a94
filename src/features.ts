// The heavy half of the extension: what the registration glue needs on first use (the importer,
// the notes index, the hover cards, the brief tools, the tree model, the preview plugin). Reached
// only through features() (src/lazyFeatures.ts); the desktop build makes it dist/features.js.
export { bibliographyMarkdown, citedSources } from './core/brief/bibliography';
export { checkBrief, relatedQuery } from './core/brief/briefCheck';
export { CITATION_FORMATS, citationSourceOf, figureId, figureText, figureWithCitation, sourceName, sourceYear } from './core/brief/citation';
export { hasSameValue, rankForFigure, searchFigures } from './core/brief/figureSearch';
export { citationEdits, lineBreakOf } from './core/brief/footnotes';
export { elementBySymbolOrName, referenceData } from './core/data/referenceData';
export { extractFigures } from './core/figures/extractFigures';
export { markdownItHighlight } from './core/highlight/markdownItHighlight';
export { figureContext, formatReferenceValue, shortDate } from './core/hover/cardParts';
export { EntityNames, buildHoverCard } from './core/hover/hoverCard';
export { hoverTarget, isProseLine } from './core/hover/hoverTarget';
export { subjectText } from './core/hover/statisticCard';
export { importArticles } from './core/import/importArticles';
export { formatImportSummary, formatOutcome } from './core/import/importSummary';
export { NotesIndex, elementKey, organizationKey, regionKey } from './core/index/notesIndex';
export { DEFAULT_SETTINGS, ENTITY_GROUPS, GROUP_LABELS, NotesTreeModel, groupId } from './core/tree/notesTree';
export { noteCitation, noteDescription, noteTooltipMarkdown, sourceAddress } from './core/tree/treeItemText';
export { fetchArticlePages } from './core/wordpress/fetchArticlePages';
export { WordPressFetchError } from './core/wordpress/fetchError';
export { createFetchHttpClient } from './net/fetchHttpClient';
