// Hover cards in the real editor: notes written into the workspace, indexed by the extension, then
// hovered through VS Code's own hover command. Checks the cards' text and links, and that a hostile
// note renders inert (no raw HTML, no command or javascript links but ours, restricted trust).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IndexedFigure } from '../../src/core/figures/noteFigure';
import type { WorkspaceIndex } from '../../src/index/workspaceIndex';
import { activateExtension, waitFor, workspaceFolder } from './helpers';

const SHOW_FIGURES = 'rareEarthNotes.showFigures';
const COPY_FIGURE = 'rareEarthNotes.copyFigureWithCitation';
const USGS_MCS = 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf';
const USGS_CLASS = 'https://www.earthmagazine.org/article/mineral-resource-month-rare-earth-elements/';

const folder = () => vscode.Uri.joinPath(workspaceFolder().uri, 'hover-notes');
const uriOf = (name: string) => vscode.Uri.joinPath(folder(), name);

const NOTES: Record<string, string> = {
  'china-output.md': [
    '---',
    'title: "China’s grip on rare earth mining loosens"',
    'source: https://www.example-news.com/2025/01/china-grip',
    'site: www.example-news.com',
    'date: 2025-01-15',
    'regions:',
    '  - China',
    'tags: [dysprosium]',
    '---',
    '',
    '# China’s grip on rare earth mining loosens',
    '',
    'China accounted for 69% of global rare earth mining in 2024, according to the report.',
    '',
    'Dysprosium oxide prices averaged US$230/kg in Rotterdam.',
    '',
    '```',
    'Dysprosium 99% in a code block',
    '```',
    '',
    '## Notes',
    '',
  ].join('\n'),
  'mine-supply.md': [
    '---',
    'title: "Mine supply outside China grows"',
    'source: https://metals-daily.example/news/mine-supply',
    'site: metals-daily.example',
    'date: 2023-03-02',
    'regions: [China, Australia]',
    '---',
    '',
    'China’s share of rare earth mining fell to 62% in 2022.',
    '',
    'Dysprosium demand rose 12% last year.',
    '',
  ].join('\n'),
  'dysprosium-roundup.md': [
    '---',
    'title: "Dysprosium roundup"',
    'source: https://magnet-weekly.example/dy-roundup',
    'site: magnet-weekly.example',
    'date: 2024-06-10',
    '---',
    '',
    'Dysprosium oxide traded at US$250/kg in May.',
    '',
    'Dysprosium exports fell 20% in the quarter.',
    '',
    'Dysprosium imports rose 15% over the year.',
    '',
    'Dysprosium magnet demand grew 8% in 2024.',
    '',
  ].join('\n'),
  'hostile.md': [
    '---',
    'title: "<img src=x onerror=alert(1)> [click](command:workbench.action.quit) `tick` *star* | pipe"',
    'source: "javascript:alert(1)"',
    'site: "<script>alert(1)</script>"',
    'date: 2026-01-01',
    '---',
    '',
    '<img src=x onerror=alert(1)> Dysprosium rose 15% [click](command:workbench.action.quit) and [x](javascript:alert(1)) ![img](https://evil.example/p.png) with `tick` *star* | pipe.',
    '',
  ].join('\n'),
};

interface Api {
  index: WorkspaceIndex;
}

interface Card {
  value: string;
  markdown: vscode.MarkdownString;
}

/** Our hover cards at the first occurrence of `needle` (+ shift) in a note. */
async function cardsAt(name: string, needle: string, shift = 1): Promise<Card[]> {
  const uri = uriOf(name);
  const document = await vscode.workspace.openTextDocument(uri);
  const offset = document.getText().indexOf(needle);
  assert.ok(offset !== -1, `${needle} in ${name}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + shift));
  const cards: Card[] = [];
  for (const hover of hovers ?? []) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString || (typeof content === 'object' && 'value' in content && 'isTrusted' in content)) {
        const markdown = content as vscode.MarkdownString;
        // Ours: the only hovers with our command enabled.
        const trusted = markdown.isTrusted;
        if (typeof trusted === 'object' && trusted.enabledCommands?.includes(SHOW_FIGURES)) cards.push({ value: markdown.value, markdown });
      }
    }
  }
  return cards;
}

async function cardAt(name: string, needle: string, shift = 1): Promise<Card> {
  const cards = await cardsAt(name, needle, shift);
  assert.strictEqual(cards.length, 1, `one Rare Earth Notes hover at "${needle}" in ${name}, got ${cards.length}`);
  return cards[0];
}

/** Link destinations written in Markdown: [text](destination). */
function destinations(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((match) => match[1]);
}

/** The card is inert: no raw HTML, only http(s), workspace file and our command links, restricted trust. */
function assertInert(card: Card): void {
  assert.ok(!/<[A-Za-z!/?]/.test(card.value), `raw HTML in:\n${card.value}`);
  for (const destination of destinations(card.value)) {
    const allowed = /^https?:\/\//.test(destination) || destination.startsWith(`${workspaceFolder().uri.toString()}/`)
      || destination.startsWith(`command:${SHOW_FIGURES}?`) || destination.startsWith(`command:${COPY_FIGURE}?`);
    assert.ok(allowed, `link to ${destination} in:\n${card.value}`);
  }
  assert.ok(!/\]\((?:javascript|command:workbench|data):/i.test(card.value), card.value);
  assert.deepStrictEqual(card.markdown.isTrusted, { enabledCommands: [SHOW_FIGURES, COPY_FIGURE] });
  assert.ok(!card.markdown.supportHtml, 'supportHtml is off');
}

suite('Hover cards', () => {
  let api: Api;

  suiteSetup(async function () {
    this.timeout(60_000);
    const extension = await activateExtension();
    api = extension.exports as Api;
    assert.ok(api?.index?.notes, 'activate() returns the index');
    await api.index.whenReady();
    for (const [name, text] of Object.entries(NOTES)) {
      await vscode.workspace.fs.writeFile(uriOf(name), new TextEncoder().encode(text));
      // Opened, as before a hover: indexed from the editor even if the file watcher is still starting.
      await vscode.workspace.openTextDocument(uriOf(name));
    }
    // Every note indexed with its figures.
    await waitFor('the hover notes to be indexed', () => Object.keys(NOTES).every((name) =>
      api.index.notes.figuresOf(`hover-notes/${name}`).length > 0), 30_000);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('an element: class and reference price with USGS sources, figures in notes with note and article links, the rest behind the command', async () => {
    const card = await cardAt('china-output.md', 'Dysprosium oxide prices', 3);
    const { value } = card;
    assert.ok(value.startsWith(`**Dysprosium \\(Dy\\)** · 66 · heavy rare earth ([USGS](${USGS_CLASS}))`), value);
    assert.ok(value.includes(`- Dysprosium oxide, average price 2024: **260 USD/kg** — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](${USGS_MCS})`), value);
    assert.ok(!value.includes('Primary uses'), 'no uses line: the dataset has none');
    const total = Number(/\*\*In your notes\*\* · (\d+) figures/.exec(value)?.[1]);
    assert.ok(total >= 7, value);
    // Newest first: the hostile note (2026) is listed too, inert; the roundup's figure with both links.
    const roundup = `${uriOf('dysprosium-roundup.md').toString()}#L8`;
    assert.ok(value.includes(`- **US$250/kg** — “Dysprosium oxide traded at US$250/kg in May.” — [Dysprosium roundup](${roundup}) · [magnet-weekly.example](https://magnet-weekly.example/dy-roundup) · 2024-06-10`), value);
    const more = /…and (\d+) more · \[Show all (\d+) figures\]\((command:rareEarthNotes\.showFigures\?[^)]+)\)/.exec(value);
    assert.ok(more, value);
    assert.strictEqual(Number(more[2]), total);
    assert.strictEqual(Number(more[1]), total - 5);
    assertInert(card);

    // The command link's argument, run the way a test can: the figures, reference ones included.
    const [query] = JSON.parse(decodeURIComponent(more[3].slice(more[3].indexOf('?') + 1))) as [{ element: string }];
    assert.deepStrictEqual(query, { element: 'Dy' });
    const figures = await vscode.commands.executeCommand<IndexedFigure[]>(SHOW_FIGURES, query, { pick: false });
    assert.strictEqual(figures.filter((item) => item.origin === 'note').length, total);
    assert.ok(figures.some((item) => item.origin === 'reference' && item.figure.source.url === USGS_MCS && item.figure.period === '2024'));
  });

  test('a statistic: its sentence, its article, and another source\'s figure marked as differing', async () => {
    const card = await cardAt('china-output.md', '69%');
    const { value } = card;
    assert.ok(value.startsWith('**69%** · mining share · China\n\n> China accounted for 69% of global rare earth mining in 2024, according to the report.\n\n'), value);
    assert.ok(value.includes('Source: [China’s grip on rare earth mining loosens](https://www.example-news.com/2025/01/china-grip) · www\\.example-news.com · 2025-01-15'), value);
    const other = `${uriOf('mine-supply.md').toString()}#L9`;
    assert.ok(value.includes(`- ⚠ differs: **62%** — “China’s share of rare earth mining fell to 62% in 2022.” — [Mine supply outside China grows](${other}) · [metals-daily.example](https://metals-daily.example/news/mine-supply) · 2023-03-02`), value);
    assert.ok(/· \d+ other figures?, \d+ (?:of the \d+ compared )?disagrees?\n/.test(value), value);
    assertInert(card);
  });

  test('a region: how many notes mention it, reference figures with sources, its top figures', async () => {
    const card = await cardAt('mine-supply.md', 'China’s share', 2);
    const { value } = card;
    const notes = Number(/^\*\*China\*\* · region · mentioned in (\d+) notes?\n/.exec(value)?.[1]);
    assert.ok(notes >= 2, value);
    assert.ok(value.includes(`- China, mine production 2024: **270,000 t REO** (estimated) — [U.S. Geological Survey, Mineral Commodity Summaries 2025\\: Rare Earths](${USGS_MCS})`), value);
    assert.ok(/\*\*Top figures in your notes\*\* · \d+ figures?\n\n- \*\*/.test(value), value);
    assert.ok(value.includes(`](${uriOf('china-output.md').toString()}#L13)`) || value.includes(`](${uriOf('mine-supply.md').toString()}#L9)`), value);
    assertInert(card);
  });

  test('no hover in front matter or fenced code', async () => {
    assert.deepStrictEqual(await cardsAt('china-output.md', 'China\n', 1), [], 'front matter');
    assert.deepStrictEqual(await cardsAt('china-output.md', 'Dysprosium 99%', 2), [], 'fenced code');
    assert.deepStrictEqual(await cardsAt('china-output.md', '99% in a code', 1), [], 'fenced code');
  });

  test('a hostile note renders inert in every card', async () => {
    const cards = [
      await cardAt('hostile.md', 'Dysprosium rose', 2),
      await cardAt('hostile.md', '15%'),
      await cardAt('china-output.md', 'Dysprosium oxide prices', 3),
    ];
    for (const card of cards) assertInert(card);
    const statistic = cards[1].value;
    assert.ok(statistic.startsWith('**15%**'), statistic);
    assert.ok(statistic.includes('Source: this note (not imported from an article)'), statistic);
    const element = cards[0].value;
    assert.ok(element.includes('[&lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(command\\:workbench'), element);
    assert.ok(element.includes(' · &lt;script&gt;alert\\(1\\)&lt;/script&gt; · 2026-01-01'), element);
    assert.ok(!element.includes('javascript:alert'), element);
  });
});
