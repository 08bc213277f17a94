// The Quick Pick over citable figures, searched with the brief tools' own ranking (element names
// and symbols, regions and aliases, organizations, metric words, value, source); each item has a
// button that copies the figure with its citation.
import * as vscode from 'vscode';
import type { IndexedFigure } from '../core/figures/noteFigure';
import { citationFormat } from './briefScope';
import { features } from '../lazyFeatures';

/** Quick Pick text shows `$(icon)` as an icon: keep note text literal. */
const plain = (text: string) => text.replace(/\$\(/g, '$\u200B(').replace(/[\r\n]+/g, ' ');

const MAX_ITEMS = 200;

export interface FigureItem extends vscode.QuickPickItem {
  item: IndexedFigure;
}

const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy Figure with Citation' };

/** Label: value and subject; description: metric; detail: source and date. */
export function figureItem(item: IndexedFigure): FigureItem {
  const source = features().citationSourceOf(item);
  const subject = item.origin === 'note'
    ? features().subjectText(item.figure)
    : [...item.figure.subject.elements, ...item.figure.subject.regions, ...item.figure.subject.organizations, item.figure.subject.product ?? ''].filter((part) => part !== '').join(', ');
  const where = item.origin === 'note' ? item.provenance.title : `reference data, ${item.figure.period}`;
  return {
    item,
    label: plain([features().figureText(item), subject].filter((part) => part !== '').join(' · ')),
    description: plain(item.figure.metric ?? ''),
    detail: plain([source.site, source.date ?? features().sourceYear(source), where].filter((part) => part !== undefined && part !== '').join(' · ')),
    // Filtering is ours (figureSearch): the Quick Pick's own filter would hide items matched by element name or alias.
    alwaysShow: true,
    buttons: [COPY_BUTTON],
  };
}

export async function copyWithCitation(item: IndexedFigure): Promise<string> {
  const text = features().figureWithCitation(item, citationFormat());
  await vscode.env.clipboard.writeText(text);
  return text;
}

/**
 * Lets the user pick a figure; `ranked` is shown first as given (for the quick fix's "same subject
 * and value first"), then searches narrow it. Undefined when cancelled.
 */
export function pickFigure(figures: readonly IndexedFigure[], title: string, placeholder: string, initialQuery = ''): Promise<IndexedFigure | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<FigureItem>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    const show = (query: string) => {
      pick.items = (query.trim() === '' ? figures.slice(0, MAX_ITEMS) : features().searchFigures(figures, query, MAX_ITEMS)).map(figureItem);
    };
    pick.value = initialQuery;
    show(initialQuery);
    let done = false;
    const finish = (value: IndexedFigure | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      pick.dispose();
    };
    pick.onDidChangeValue(show);
    pick.onDidAccept(() => finish(pick.selectedItems[0]?.item));
    pick.onDidHide(() => finish(undefined));
    pick.onDidTriggerItemButton(async (event) => {
      await copyWithCitation(event.item.item);
      void vscode.window.showInformationMessage(`Copied ${features().figureText(event.item.item)} with its citation.`);
    });
    pick.show();
  });
}
