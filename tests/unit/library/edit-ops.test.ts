// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../db/fresh-database';
import { applyEdits, createHighlight, type BrieflightDB } from '../../../lib/db';
import { readHighlights } from '../../../lib/db/locate';
import { opsOfChanges } from '../../../components/library/edit-ops';
import { VN_PAGE } from '../../fixtures/library/records';

let db: BrieflightDB;
useFreshDatabase((fresh) => void (db = fresh));

describe('a library edit saved as operations', () => {
  it('keeps a tag added in another tab after the library showed the row', async () => {
    const shown = await createHighlight(db, { pageKey: VN_PAGE, url: VN_PAGE, title: 't', text: 'giải ngân', selectors: { quote: { type: 'TextQuoteSelector', exact: 'giải ngân', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 9 } } });
    await applyEdits(db, shown.id, [{ op: 'addTag', tag: 'from-tab' }]);
    await applyEdits(db, shown.id, opsOfChanges(shown, { tags: ['from-library'], note: 'Dòng 1\nDòng 2', color: 'green' }));
    const [stored] = await readHighlights(db, [shown.id]);
    expect(stored).toMatchObject({ tags: ['from-tab', 'from-library'], note: 'Dòng 1\nDòng 2', color: 'green' });
  });
});
