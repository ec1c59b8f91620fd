import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Renders components into the document for one test; each is unmounted after its test. */
export function mounted(): { root(): HTMLElement; mount(node: preact.ComponentChild): void } {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = undefined;
  });
  return {
    root: () => root!,
    mount(node) {
      root = document.createElement('div');
      document.body.append(root);
      act(() => render(node, root!));
    },
  };
}
