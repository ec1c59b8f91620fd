// Colours and the style sheet both drawing modes share.
import { COLORS, type Color } from '../model/highlight';
import { UI_ATTRIBUTE } from '../anchoring/text-model';

/** Translucent, so text stays readable and overlaps show as a deeper tint. */
export const COLOR_VALUES: Record<Color, string> = {
  yellow: 'rgba(255, 214, 10, 0.42)',
  green: 'rgba(52, 199, 89, 0.32)',
  blue: 'rgba(10, 132, 255, 0.28)',
  pink: 'rgba(255, 55, 145, 0.28)',
  purple: 'rgba(175, 82, 222, 0.30)',
};
export const FLASH_VALUE = 'rgba(255, 149, 0, 0.6)';

export const highlightName = (color: Color): string => `brieflight-${color}`;
export const FLASH_NAME = 'brieflight-flash';
export const MARK_TAG = 'brieflight-mark';

function cssText(): string {
  const rules = COLORS.map((c) => [
    `::highlight(${highlightName(c)}) { background-color: ${COLOR_VALUES[c]}; }`,
    `${MARK_TAG}[data-color="${c}"] { background-color: ${COLOR_VALUES[c]}; }`,
  ]).flat();
  rules.push(`::highlight(${FLASH_NAME}) { background-color: ${FLASH_VALUE}; }`);
  rules.push(`${MARK_TAG}[data-flash] { background-color: ${FLASH_VALUE}; }`);
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
