import type { Highlight } from '../model/highlight';
import { ImportError } from './errors';
import { isWebAddress } from './passage-link';

/** Shown in a message: enough of a bad address to recognise it, never a 30 MB data: URL. */
const shown = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * A date that is an instant, kept as written (a backup comes back field for field; an import compares
 * copies by instant, see merge.ts). The schema's pattern lets `+99:99` through; Date.parse does not.
 */
function checkInstant(value: string, field: string, label: string): void {
  if (Number.isNaN(Date.parse(value))) throw new ImportError(`${label}: "${field}" is not a date (${shown(value)})`);
}

/**
 * What a validated record must also be before it is written: its dates real instants, its id in lower case (an upper-case copy of a
 * UUID is the same highlight, not a second one), its page on the web (a `javascript:` or `data:`
 * page would become a link in the library).
 */
export function checkImported(h: Highlight, label: string): Highlight {
  if (!isWebAddress(h.url)) throw new ImportError(`${label}: the page address ${shown(h.url)} is not a web page (http or https); Brieflight imports highlights of web pages only`);
  checkInstant(h.created, 'created', label);
  checkInstant(h.modified, 'modified', label);
  const id = h.id.toLowerCase();
  return id === h.id ? h : { ...h, id };
}
