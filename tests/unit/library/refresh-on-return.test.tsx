import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlight, openDatabase } from '../../../lib/db';
import { useRefreshOnReturn } from '../../../components/library/use-refresh-on-return';
import { makeHighlight } from '../../fixtures/library/records';

// The reader leaves the library's tab, highlights on a news page (the background writes), comes back.
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const showTab = (state: 'visible' | 'hidden') => {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};
function Probe({ refresh }: { refresh: () => void }) {
  useRefreshOnReturn(refresh, true);
  return null;
}

describe('the library on return to its tab', () => {
  it('reads everything again when the database changed while the tab was away, and only then', async () => {
    const db = openDatabase('refresh-on-return');
    const refresh = vi.fn();
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Probe refresh={refresh} />, root));

    showTab('hidden');
    showTab('visible');
    expect(refresh).not.toHaveBeenCalled(); // nothing changed: no reading again

    showTab('hidden');
    const { selectors } = makeHighlight({ text: 'x' });
    await createHighlight(db, { pageKey: 'https://a.vn/1', url: 'https://a.vn/1', title: 'T', text: 'giải ngân', selectors });
    // Dexie announces the committed write (from any context of the extension) a moment later.
    await new Promise((resolve) => setTimeout(resolve, 20));
    showTab('visible');
    expect(refresh).toHaveBeenCalledTimes(1);

    showTab('hidden');
    showTab('visible');
    expect(refresh).toHaveBeenCalledTimes(1);
    db.close();
    await Dexie.delete('refresh-on-return');
  });
});
