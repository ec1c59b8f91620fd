/**
 * File names safe on every system a note vault syncs to (Windows, macOS, Linux, Android): no
 * characters Windows refuses or that separate folders, no control characters, no name Windows keeps
 * for devices (CON, NUL, COM1, …), no trailing dot or space, at most 120 characters (a vault's
 * path also counts towards Windows' 260), and each name once in a folder.
 */

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
export const MAX_NAME = 120;

/** One safe name stem (without the extension) from free text. */
export function safeStem(text: string, fallback = 'Untitled'): string {
  let stem = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points, never inside a surrogate pair.
  if ([...stem].length > MAX_NAME) stem = [...stem].slice(0, MAX_NAME).join('').trim();
  stem = stem.replace(/[. ]+$/, '');
  if (!stem || /^\.+$/.test(stem)) stem = fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** Gives every stem a name of its own in one folder: a repeat becomes "Name (2)", compared as Windows and macOS do (case-blind). */
export function uniqueNames(stems: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return stems.map((stem) => {
    let name = `${stem}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
