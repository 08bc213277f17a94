import { strict as assert } from 'node:assert';
import { formatImportSummary } from '../../../../src/core/import/importSummary';

describe('formatImportSummary', () => {
  it('writes the summary line', () => {
    assert.equal(formatImportSummary({ imported: 12, updated: 3, unchanged: 40, kept: 0, failed: 1, cancelled: false, outcomes: [] }), 'Imported 12, updated 3, unchanged 40, failed 1');
  });

  it('says when the import was cancelled', () => {
    assert.equal(formatImportSummary({ imported: 1, updated: 0, unchanged: 0, kept: 0, failed: 0, cancelled: true, outcomes: [] }), 'Imported 1, updated 0, unchanged 0, failed 0 (cancelled before the end)');
  });
});
