// Directives grouped by who must act. Groups merge by a folded addressee (case and diacritics ignored, leading
// "các"/"những"/"the", trailing punctuation and a trailing "to" dropped): "Các cấp ủy, chính quyền" and "các cấp ủy, chính quyền"
// are one group, shown as first written. An addressee that is the issuer itself, or a sentence fragment rather
// than a party, goes to the group of directives with no addressee named, listed last.
import type { Directive } from '../model/brief';
import { wordsOf } from './goal';

/** Longer than any party the brief names ("Ban Cán sự đảng UBND thành phố, các Ban xây dựng Đảng…" is 11). */
const MAX_PARTY_WORDS = 14;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** The key two addressees share when they name the same party; '' for none. */
export function addresseeKey(addressee: string | null | undefined, lang: string): string {
  let s = fold(withoutTrailing((addressee ?? '').normalize('NFC').trim(), lang)).replace(/[\s\p{P}\p{S}]+$/u, '').replace(/^[\s\p{P}\p{S}]+/u, '').replace(/\s+/g, ' ');
  for (const lead of wordsOf(lang).leading) {
    const l = fold(lead);
    if (s.startsWith(`${l} `)) s = s.slice(l.length + 1);
  }
  return s;
}

/** Who a directive is shown under: its addressee, unless it is none, the issuer, or not a party. */
export function shownAddressee(d: Pick<Directive, 'addressee' | 'issuer'>, lang: string): string | null {
  const key = addresseeKey(d.addressee, lang);
  if (!key || !/\p{L}/u.test(key)) return null;
  if (key === addresseeKey(d.issuer, lang)) return null;
  if (key.split(' ').length > MAX_PARTY_WORDS) return null;
  return withoutTrailing(d.addressee!.trim().replace(/[\s,;:.]+$/u, ''), lang);
}

/** An addressee without the word that leads into its action ("the utility commission to" approve …). */
function withoutTrailing(s: string, lang: string): string {
  for (const tail of wordsOf(lang).trailing) {
    if (s.toLowerCase().endsWith(` ${tail}`)) return s.slice(0, -tail.length - 1).trim();
  }
  return s;
}

export interface DirectiveGroup {
  /** The folded addressee; '' for the group with no addressee named. */
  key: string;
  /** The addressee as first written, or null for no addressee named. */
  addressee: string | null;
  directives: Directive[];
}

/** Groups in the order their addressee first appears; the group with no addressee last. */
export function groupDirectives(directives: readonly Directive[], lang: string): DirectiveGroup[] {
  const groups = new Map<string, DirectiveGroup>();
  for (const d of directives) {
    const addressee = shownAddressee(d, lang);
    const key = addressee ? addresseeKey(addressee, lang) : '';
    const group = groups.get(key) ?? { key, addressee, directives: [] };
    group.directives.push(d);
    groups.set(key, group);
  }
  const none = groups.get('');
  groups.delete('');
  return none ? [...groups.values(), none] : [...groups.values()];
}

/** The first `perGroup` of each group, or all of them: the short brief of a long article. */
export function firstOfEach(groups: readonly DirectiveGroup[], perGroup: number): DirectiveGroup[] {
  return groups.map((g) => ({ ...g, directives: g.directives.slice(0, perGroup) }));
}
