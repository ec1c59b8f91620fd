import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Filters, NO_FILTERS } from '../../../components/library/Filters';
import type { Facets } from '../../../lib/db/library';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const orphansLabel = (facets: Facets | null) => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Filters choice={NO_FILTERS} facets={facets} onChange={() => {}} />, root));
  return root.querySelector('label.orphans-filter')!.textContent!.trim();
};

describe('the orphans filter', () => {
  it('shows how many highlights were not found on their page', () => {
    expect(orphansLabel({ colors: [], tags: [], sites: [], orphans: 3 })).toMatch(/\(3\)$/);
    expect(orphansLabel({ colors: [], tags: [], sites: [], orphans: 0 })).toMatch(/\(0\)$/);
  });

  it('claims no count while the library is still counting', () => {
    // A "(0)" before the count is read told readers (and a test) that no orphan exists.
    const label = orphansLabel(null);
    expect(label).not.toMatch(/\(\d+\)/);
    expect(label.length).toBeGreaterThan(0);
  });
});
