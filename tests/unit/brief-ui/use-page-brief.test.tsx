import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageView } from '../../../components/brief/use-page-brief';

// The page as the popup sees it: its content script answers only after `answersAfter` tries.
const page = { tries: 0, answersAfter: 0, status: 'complete', briefFails: false };
vi.mock('../../../components/brief/page-client', async (original) => ({
  ...(await original<typeof import('../../../components/brief/page-client')>()),
  pageInfo: async () => {
    page.tries++;
    if (page.tries <= page.answersAfter) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { pageKey: 'https://news.example/a', highlightCount: 0, orphans: 0, contentType: 'text/html' };
  },
  tabRef: async (id: number) => ({ id, url: 'https://news.example/a', status: page.status }),
  cachedArticle: async () => null,
  pageBrief: async () => {
    const { MessageError } = await import('../../../lib/messaging');
    if (page.briefFails) throw new MessageError('internal', 'TypeError: doc.body is null at brief-request.ts:12');
    return { status: 'not-article' };
  },
}));
const { usePageBrief } = await import('../../../components/brief/use-page-brief');

let root: HTMLElement;
let seen: PageView[];
function Probe() {
  seen.push(usePageBrief({ id: 7, url: 'https://news.example/a', status: 'complete' }));
  return null;
}
beforeEach(() => {
  vi.useFakeTimers();
  seen = [];
  page.tries = 0;
  page.briefFails = false;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});
const after = async (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const last = () => seen.at(-1)!;

describe('the brief of a loaded page whose content script answers late', () => {
  it('says the page cannot be read after about two seconds, and fills in when the page answers after ten', async () => {
    page.answersAfter = 25; // about ten seconds of tries, 400 ms apart
    act(() => render(<Probe />, root));
    await after(1_000);
    expect(last().kind).toBe('loading');
    await after(2_000);
    expect(last()).toEqual({ kind: 'unavailable', reason: 'unreachable' });
    await after(8_000);
    expect(last().kind).toBe('page');
  });

  it('stops asking a page that never answers', async () => {
    page.answersAfter = Infinity;
    act(() => render(<Probe />, root));
    await after(60_000);
    const tries = page.tries;
    await after(60_000);
    expect(page.tries).toBe(tries);
    expect(last()).toEqual({ kind: 'unavailable', reason: 'unreachable' });
  });
});

describe('the brief of a page whose reading fails', () => {
  it('tells the reader what to do, not the exception', async () => {
    page.answersAfter = 0;
    page.briefFails = true;
    act(() => render(<Probe />, root));
    await after(1_000);
    expect(last()).toMatchObject({ kind: 'page', brief: 'error', error: expect.stringContaining('reload the page') });
    expect(JSON.stringify(last())).not.toContain('TypeError');
  });
});
