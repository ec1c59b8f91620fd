import { parseTags } from '@/components/panel/PanelHighlight';

/** Tags as the editor's one field shows them. */
export const tagsText = (tags: readonly string[]) => tags.join(', ');

/**
 * The tags the field means, or null when the reader left them as they were. A field left untouched
 * never re-splits the stored tags: an imported tag holding a comma ("Hà Nội, 2026") stays one tag.
 */
export function editedTags(text: string, stored: readonly string[]): string[] | null {
  if (text === tagsText(stored)) return null;
  const next = parseTags(text);
  return next.length === stored.length && next.every((t, i) => t === stored[i]) ? null : next;
}
