import { describe, expect, it } from 'vitest';
import { unavailableReason } from '../../../components/popup/load-page';

describe('why the popup cannot read a tab', () => {
  it('names browser pages and extension stores as off-limits', () => {
    for (const url of ['chrome://settings', 'edge://newtab', 'about:blank', 'chrome-extension://abc/x.html', 'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-US/firefox/addon/x', 'file:///home/me/a.html']) {
      expect(unavailableReason(url), url).toBe('restricted');
    }
  });

  it('asks for a reload on an ordinary page where the content script is not running yet', () => {
    expect(unavailableReason('https://news.example.vn/a.html')).toBe('unreachable');
    expect(unavailableReason('http://localhost:8080/')).toBe('unreachable');
  });

  it('says it cannot tell when the browser hides the address', () => {
    expect(unavailableReason(undefined)).toBe('unavailable');
  });
});
