import { strict as assert } from 'node:assert';
import type { NoteFigure, NoteProvenance } from '../../../../src/core/figures/noteFigure';
import { NotesIndex } from '../../../../src/core/index/notesIndex';
import { buildHoverCard, EntityNames } from '../../../../src/core/hover/hoverCard';
import { hoverTarget } from '../../../../src/core/hover/hoverTarget';
import { assertInert } from '../../../../src/core/hover/testing/cardChecks';
import {
  chinaMiningShare, chinaMiningShare2022, chinaMiningShareApprox, chinaOutput2025, dyDemand, magnetWeekly2024, metalsDaily2023,
} from '../../../../src/core/hover/testing/fixtures';

/** Notes whose figures and provenance are given, so these tests do not depend on the extraction. */
const NOTES: { provenance: NoteProvenance; text: string; figures: NoteFigure[] }[] = [
  { provenance: chinaOutput2025, text: '---\nregions: [China]\n---\nChina text.\n', figures: [chinaMiningShare] },
  { provenance: metalsDaily2023, text: '---\nregions: [China, Australia]\norganizations: [Lynas Rare Earths]\n---\nMine supply.\n', figures: [chinaMiningShare2022] },
  { provenance: magnetWeekly2024, text: '---\nregions: [China]\n---\nMagnets.\n', figures: [chinaMiningShareApprox, dyDemand] },
];

function makeIndex(): NotesIndex {
  const byText = new Map(NOTES.map((note) => [note.text, note]));
  const index = new NotesIndex({
    extractFigures: (text) => byText.get(text)?.figures ?? [],
    noteProvenance: (notePath, text) => ({ ...(byText.get(text)?.provenance ?? { title: notePath }), notePath }),
  });
  for (const note of NOTES) index.set(note.provenance.notePath, note.text);
  return index;
}

describe('hover buildHoverCard', () => {
  const index = makeIndex();
  const entities = new EntityNames(index);
  const card = (line: string, needle: string, notePath?: string, offset = 0) => {
    const character = line.indexOf(needle);
    const target = hoverTarget(line, character, entities.lookup);
    assert.ok(target, `a target at ${needle}`);
    return buildHoverCard(index, target, { notePath, offset: offset + character, targetOffset: offset + target.start, entities });
  };

  it('builds the element card from the index and the dataset', () => {
    const markdown = card('Dysprosium demand rose.', 'Dysprosium') as string;
    assert.ok(markdown.startsWith('**Dysprosium \\(Dy\\)** · 66 · heavy rare earth'), markdown);
    assert.ok(markdown.includes('**260 USD/kg**'), markdown);
    assert.ok(markdown.includes('**In your notes** · 1 figure\n\n- **12%** — “Dysprosium demand'), markdown);
    assertInert(markdown);
  });

  it('builds the statistic card from the figure at the cursor, comparing the other notes', () => {
    const line = 'China accounted for 69% of global rare earth mine production in 2024, according to the report.';
    const lineStart = chinaMiningShare.start - line.indexOf('69%');
    const markdown = card(line, '69%', chinaOutput2025.notePath, lineStart) as string;
    assert.ok(markdown.includes('· 2 other figures, 1 disagrees\n\n- ⚠ differs: **62%**'), markdown);
    assert.ok(markdown.includes('\n- **about 70%**'), markdown);
    assertInert(markdown);
  });

  it('says when the statistic is not indexed', () => {
    assert.equal(card('Up 12% today', '12%', 'notes/unknown.md'), '**12%**\n\nNot in the notes index (yet): its source and other figures show once the note is indexed.');
  });

  it('builds region and organization cards for names the index knows', () => {
    const china = card('Output in China rose.', 'China') as string;
    assert.ok(china.startsWith('**China** · region · mentioned in 3 notes\n\n**Reference figures**'), china);
    assert.ok(china.includes('**Top figures in your notes** · 3 figures'), china);
    const lynas = card('Lynas Rare Earths Ltd said', 'Rare') as string;
    assert.ok(lynas.startsWith('**Lynas Rare Earths** · organization · mentioned in 1 note'), lynas);
    assert.equal(hoverTarget('Output in Peru rose.', 11, entities.lookup), undefined);
  });

  it('follows the index as it changes', () => {
    const local = makeIndex();
    const names = new EntityNames(local);
    assert.equal(names.find('Australia')?.notes, 1);
    local.delete(metalsDaily2023.notePath);
    assert.equal(names.find('Australia'), undefined);
  });
});
