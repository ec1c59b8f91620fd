import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';

describe('counts in the UI text', () => {
  it('read "1 highlight" and "2 highlights" in English, and need no plural in Vietnamese', () => {
    expect(t('resultCount', { count: 1 }, 'en')).toBe('1 highlight');
    expect(t('resultCount', { count: 0 }, 'en')).toBe('0 highlights');
    expect(t('resultCount', { count: 5006 }, 'en')).toBe('5006 highlights');
    expect(t('deletedMany', { count: 1 }, 'en')).toBe('1 highlight deleted.');
    expect(t('resultCount', { count: 1 }, 'vi')).toBe('1 đánh dấu');
  });
});
