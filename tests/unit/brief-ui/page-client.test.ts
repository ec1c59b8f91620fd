import { describe, expect, it } from 'vitest';
import { unavailableReason } from '../../../components/brief/page-client';

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

  it('says a page that is still loading is loading, not unreadable', () => {
    expect(unavailableReason('https://news.example.vn/a.html', 'loading')).toBe('pageLoading');
    expect(unavailableReason(undefined, 'loading')).toBe('pageLoading');
    expect(unavailableReason('https://news.example.vn/a.html', 'complete')).toBe('unreachable');
  });

  it('says PDFs are not supported, whatever their query or fragment', () => {
    for (const url of ['https://gov.vn/van-ban/nghi-dinh.pdf', 'https://a.org/report.PDF?download=1', 'https://a.org/x.pdf#page=2', 'file:///home/me/a.pdf']) {
      expect(unavailableReason(url), url).toBe('pdf');
    }
    expect(unavailableReason('https://a.org/pdf-guide.html')).toBe('unreachable');
  });

  it('says it cannot tell when the browser hides the address', () => {
    expect(unavailableReason(undefined)).toBe('unavailable');
  });
});
