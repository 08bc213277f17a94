// "Rare Earth Notes: Show Figures…": every figure for a query (element, region, organization,
// metric) in a Quick Pick; accepting a note figure opens the note at it, a reference figure opens
// its source. Hover cards link here with their query. Called with `{ pick: false }` as second
// argument, it returns the figures instead of showing them (tests drive it that way).
import * as vscode from 'vscode';
import { SHOW_FIGURES_COMMAND } from '../core/hover/markdownText';
import type { FigureMetric, IndexedFigure } from '../core/figures/noteFigure';
import type { FigureQuery } from '../core/index/notesIndex';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { features } from '../lazyFeatures';

const QUERY_KEYS = ['element', 'region', 'organization', 'metric'] as const;

/** The query of the command's first argument; anything else in it is ignored. */
export function parseFigureQuery(value: unknown): FigureQuery {
  const query: FigureQuery = {};
  if (typeof value !== 'object' || value === null) return query;
  for (const key of QUERY_KEYS) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === 'string' && field.trim() !== '' && field.length <= 200) {
      if (key === 'metric') query.metric = field.trim() as FigureMetric;
      else query[key] = field.trim();
    }
  }
  return query;
}

function describeQuery(query: FigureQuery): string {
  const element = query.element === undefined ? undefined : features().elementBySymbolOrName(query.element);
  return [element ? `${element.name} (${element.symbol})` : query.element, query.region, query.organization, query.metric]
    .filter((part) => part !== undefined).join(' · ') || 'all figures';
}

/** Quick Pick text shows `$(icon)` as an icon: keep note text literal. */
const plain = (text: string) => text.replace(/\$\(/g, '$\u200B(');

interface FigureItem extends vscode.QuickPickItem {
  item: IndexedFigure;
}

function toQuickPickItem(item: IndexedFigure): FigureItem {
  const { figureContext, formatReferenceValue, shortDate, subjectText } = features();
  if (item.origin === 'note') {
    const { figure, provenance } = item;
    const about = [figure.metric, subjectText(figure)].filter((part) => part).join(' · ');
    return {
      item,
      label: plain(figure.raw),
      description: plain([about, provenance.title].filter((part) => part).join(' — ')),
      detail: plain([figureContext(figure, 160), provenance.site, shortDate(provenance.date), `${provenance.notePath}:${figure.line + 1}`]
        .filter((part) => part).join(' · ')),
    };
  }
  const { figure } = item;
  return {
    item,
    label: formatReferenceValue(figure),
    description: `${figure.label} — reference dataset`,
    detail: `${figure.source.publisher}, ${figure.source.title} (${figure.source.year})`,
  };
}

async function openFigure(index: WorkspaceIndex, item: IndexedFigure): Promise<void> {
  if (item.origin === 'reference') {
    const url = vscode.Uri.parse(item.figure.source.url);
    if (url.scheme === 'https' || url.scheme === 'http') await vscode.env.openExternal(url);
    return;
  }
  const uri = index.uriOf(item.provenance.notePath);
  if (!uri) return;
  const document = await vscode.workspace.openTextDocument(uri);
  const { figure } = item;
  // The offsets are those the note was indexed with; if the text moved since, fall back to the line.
  let range = new vscode.Range(document.positionAt(figure.start), document.positionAt(figure.end));
  if (document.getText(range) !== figure.raw) {
    const line = Math.min(figure.line, document.lineCount - 1);
    range = new vscode.Range(line, 0, line, 0);
  }
  await vscode.window.showTextDocument(document, { selection: range });
}

/** Asks which element, region or organization to list, from those the index knows. */
async function pickQuery(index: WorkspaceIndex): Promise<FigureQuery | undefined> {
  const items: (vscode.QuickPickItem & { query?: FigureQuery })[] = [];
  const kinds = [['element', 'Elements'], ['region', 'Regions'], ['organization', 'Organizations']] as const;
  for (const [kind, title] of kinds) {
    const entities = index.notes.entities(kind);
    if (entities.length === 0) continue;
    items.push({ label: title, kind: vscode.QuickPickItemKind.Separator });
    for (const entity of entities) {
      const element = kind === 'element' ? features().elementBySymbolOrName(entity.name) : undefined;
      items.push({
        label: plain(element ? `${element.name} (${element.symbol})` : entity.name),
        description: entity.notes === 1 ? '1 note' : `${entity.notes} notes`,
        query: { [kind]: entity.name },
      });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Show Figures: about what?', matchOnDescription: true });
  return picked?.query;
}

export function registerShowFiguresCommand(index: WorkspaceIndex): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_FIGURES_COMMAND, async (queryArg?: unknown, optionsArg?: unknown): Promise<IndexedFigure[] | undefined> => {
    const showUi = !(typeof optionsArg === 'object' && optionsArg !== null && (optionsArg as { pick?: unknown }).pick === false);
    let query = parseFigureQuery(queryArg);
    if (!showUi) {
      await index.whenReady();
      return index.notes.figures(query, { includeReference: true });
    }
    if (!index.isReady) await index.whenReady();
    if (Object.keys(query).length === 0) {
      const picked = await pickQuery(index);
      if (!picked) return undefined;
      query = picked;
    }
    const figures = index.notes.figures(query, { includeReference: true });
    const picked = await vscode.window.showQuickPick(figures.map(toQuickPickItem), {
      title: `Figures: ${describeQuery(query)} (${figures.length})`,
      placeHolder: figures.length === 0 ? 'No figure matches' : 'Open a figure in its note, or a reference figure\'s source',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked) await openFigure(index, picked.item);
    return undefined;
  });
}
