// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport, toBackup, toCsv, toW3cCollection } from '../../../lib/export';
import { randomHighlights } from '../../fixtures/export/random';

describe('round trips with awkward text', () => {
  const highlights = randomHighlights(300, 20261126);

  it('backup gives back every highlight unchanged', () => {
    expect(parseImport(toBackup(highlights, [])).highlights).toEqual(highlights);
  });

  it('W3C gives back every highlight unchanged', () => {
    expect(parseImport(toW3cCollection(highlights)).highlights).toEqual(highlights);
  });

  it('CSV keeps one record per highlight however the text breaks lines', () => {
    const csv = toCsv(highlights);
    // Outside quoted cells, only record ends break lines: count CRLFs that are not inside quotes.
    let quoted = false;
    let records = 0;
    for (let i = 0; i < csv.length; i++) {
      if (csv[i] === '"') quoted = !quoted;
      else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') records++;
    }
    expect(records).toBe(highlights.length + 1);
  });
});
