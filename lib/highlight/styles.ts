// Colours and the style sheet both drawing modes share.
import { COLORS, type Color } from '../model/highlight';
import { UI_ATTRIBUTE } from '../anchoring/text-model';

/**
 * Opaque, with dark text on them: two highlights that overlap show the colour of the one on top, never a blend
 * (yellow over blue must not read as green), and the text stays readable on a dark page too. The same colours
 * as the swatches (components/swatches.css).
 */
export const COLOR_VALUES: Record<Color, string> = {
  yellow: '#ffe066',
  green: '#a6e3a1',
  blue: '#9ccfff',
  pink: '#ffb3c7',
  purple: '#d4b8ff',
};
export const FLASH_VALUE = '#ff9f43';
/** The text colour on a highlight. */
export const TEXT_ON_HIGHLIGHT = '#1d1d1f';

export const highlightName = (color: Color): string => `brieflight-${color}`;
export const FLASH_NAME = 'brieflight-flash';
export const MARK_TAG = 'brieflight-mark';

function cssText(): string {
  const rules = COLORS.map((c) => [
    `::highlight(${highlightName(c)}) { background-color: ${COLOR_VALUES[c]}; color: ${TEXT_ON_HIGHLIGHT}; }`,
    `${MARK_TAG}[data-color="${c}"] { background-color: ${COLOR_VALUES[c]}; color: ${TEXT_ON_HIGHLIGHT}; }`,
  ]).flat();
  rules.push(`::highlight(${FLASH_NAME}) { background-color: ${FLASH_VALUE}; color: ${TEXT_ON_HIGHLIGHT}; }`);
  rules.push(`${MARK_TAG}[data-flash] { background-color: ${FLASH_VALUE}; color: ${TEXT_ON_HIGHLIGHT}; }`);
  rules.push(`${MARK_TAG} { all: unset; display: inline; }`);
  return rules.join('\n');
}

/** Adds our <style data-brieflight-ui> once; returns a function that removes it. */
export function injectStyle(doc: Document): () => void {
  const existing = doc.querySelector(`style[${UI_ATTRIBUTE}="highlights"]`);
  const style = existing ?? doc.createElement('style');
  if (!existing) {
    style.setAttribute(UI_ATTRIBUTE, 'highlights');
    style.textContent = cssText();
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  return () => style.remove();
}
