// The attacks of issue 16 that both browsers have, written once against a small driver: each browser's
// suite (tests/e2e/hostile.e2e.test.ts, tests/e2e-firefox/hostile.e2e.test.ts) says how to open a
// page, act as the reader, and ask the content script, then adds its own attacks.
import { expect } from 'vitest';
import { attacks, on127, passage, SECRET_TAG, type useHostileSite } from './hostile-pages';
import type { hostileTally } from './hostile-tally';

/** What a suite needs of its browser; `P` is its page type. */
export interface HostileDriver<P> {
  /** The main server's address of a path. */
  url(path: string): string;
  open(url: string): Promise<P>;
  reload(page: P): Promise<void>;
  close(page: P): Promise<void>;
  bringToFront(page: P): Promise<void>;
  /** Runs `fn` in the page's own world, as a script of the site. */
  evaluate<A, R>(page: P, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The reader's mouse selection of `text` in the article. */
  select(page: P, text: string): Promise<void>;
  /** The reader's click on the element of our UI with this test id. */
  click(page: P, testId: string): Promise<void>;
  /** The reader's click on a drawn passage (scrolled into view first). */
  clickText(page: P, text: string): Promise<void>;
  /** The reader's typing into the field of our UI with this test id (Enter pressed when asked). */
  type(page: P, testId: string, text: string, enter?: boolean): Promise<void>;
  /** How many elements of our UI have this test id now, and their texts. */
  texts(page: P, testId: string): Promise<string[]>;
  /** The texts drawn as highlights. */
  drawn(page: P): Promise<string[]>;
  /** Messages to the page's content script, sent at once from an extension page; replies in order. */
  ask(page: P, messages: unknown[]): Promise<{ ok: boolean; value?: unknown }[]>;
  /** The name of WXT's start-up event, as a page can know it (the add-on's public id). */
  startUpEvent(): string;
}

type Stored = { id: string; text: string; tags: string[] };
const settle = () => new Promise((r) => setTimeout(r, 400));

/** Defines the shared attacks as tests of `attack`. */
export function hostileSuite<P>(attack: ReturnType<typeof hostileTally>, site: ReturnType<typeof useHostileSite>, driver: () => HostileDriver<P>) {
  const d = () => driver();

  /** The highlights stored for the page, as the content script loads them after a reload. */
  const stored = async (page: P): Promise<Stored[]> => {
    await d().reload(page);
    await expect.poll(async () => (await d().ask(page, [{ type: 'page.info', data: {} }]).catch(() => [{ ok: false }]))[0]!.ok, { timeout: 10_000 }).toBe(true);
    const [reply] = (await d().ask(page, [{ type: 'page.highlights', data: {} }])) as { value: { drawn: Stored[]; orphans: Stored[] } }[];
    return [...reply!.value.drawn, ...reply!.value.orphans];
  };
  const highlight = async (page: P, text: string) => {
    await d().select(page, text);
    await d().click(page, 'highlight-button');
    await expect.poll(() => d().drawn(page)).toContain(text);
  };
  const openEditor = async (page: P, text: string) => {
    await d().clickText(page, text);
    await expect.poll(async () => (await d().texts(page, 'highlight-editor')).length).toBe(1);
  };
  const addTag = async (page: P, tag: string) => {
    await d().type(page, 'tag-input', tag, true);
    await expect.poll(() => d().texts(page, 'tag')).toContainEqual(expect.stringContaining(tag));
  };
  const count = async (page: P, testId: string) => (await d().texts(page, testId)).length;

  attack('the page drives the toolbar and editor', 'cannot make a highlight with a scripted selection, mouseup and click', async () => {
    const page = await d().open(d().url('/article.html'));
    expect(await d().evaluate(page, attacks.scriptedHighlight, passage(1))).toEqual({ shadowRoot: null, button: null });
    await settle();
    expect(await count(page, 'highlight-button')).toBe(0);
    // The same once a trusted selection has put the toolbar up: the page still cannot reach its button.
    await d().select(page, passage(2));
    await expect.poll(() => count(page, 'highlight-button')).toBe(1);
    expect(await d().evaluate(page, attacks.scriptedHighlight, passage(2))).toEqual({ shadowRoot: null, button: null });
    await settle();
    expect(await stored(page)).toEqual([]);
    await d().close(page);
  });

  attack('the page drives the toolbar and editor', 'cannot open the editor with a scripted click or Enter on a highlight, so cannot change or delete it', async () => {
    const page = await d().open(d().url('/article.html'));
    await highlight(page, passage(4));
    await d().evaluate(page, attacks.scriptedClickOn, passage(4));
    await d().evaluate(page, attacks.scriptedEnterIn, passage(4));
    await settle();
    expect(await count(page, 'highlight-editor')).toBe(0);
    expect((await stored(page)).map((h) => h.text)).toEqual([passage(4)]);
    await d().close(page);
  });

  attack("the page reads the reader's data", "finds none of the reader's tags of another site in its DOM while the editor is open", async () => {
    // The reader tags a highlight on another origin (the same host, another port) ...
    const elsewhere = await d().open(on127(site.other.url('/other.html')));
    await highlight(elsewhere, passage(5));
    await openEditor(elsewhere, passage(5));
    await addTag(elsewhere, SECRET_TAG);
    await d().close(elsewhere);
    // ... then opens the editor of a highlight on this page, which looks everywhere it can.
    const page = await d().open(d().url('/article.html'));
    await highlight(page, passage(6));
    await openEditor(page, passage(6));
    expect(await d().evaluate(page, attacks.readEverything, undefined)).not.toContain(SECRET_TAG);
    await d().close(page);
  });

  attack("the page reads the reader's data", 'hears none of the keys typed into the editor on its document or window (bubbling listeners)', async () => {
    const page = await d().open(d().url('/article.html'));
    await highlight(page, passage(7));
    await d().evaluate(page, attacks.listenToKeys, undefined);
    await openEditor(page, passage(7));
    await d().type(page, 'note-input', 'private');
    await d().type(page, 'tag-input', 'mine');
    expect(await d().evaluate(page, () => (window as unknown as { heard: string[] }).heard, undefined)).toEqual([]);
    await d().close(page);
  });

  attack('the site boundary', "a page on another port with a canonical link to this one gets none of this one's highlights", async () => {
    const victim = await d().open(on127(d().url('/article.html')));
    await highlight(victim, passage(8));
    site.claim(on127(d().url('/article.html')));
    const copy = await d().open(on127(site.other.url('/claiming.html')));
    await settle();
    expect(await d().drawn(copy)).toEqual([]);
    const [info] = (await d().ask(copy, [{ type: 'page.info', data: {} }])) as { value: { pageKey: string; highlightCount: number } }[];
    expect(info!.value).toMatchObject({ pageKey: on127(site.other.url('/claiming.html')), highlightCount: 0 });
    await d().close(victim);
    await d().close(copy);
  });

  attack('the page switches the UI off', 'a replayed "content script started" event does not switch the toolbar off', async () => {
    const page = await d().open(d().url('/article.html'));
    await d().evaluate(page, attacks.replayStartUpEvent, d().startUpEvent());
    await highlight(page, passage(9));
    expect((await stored(page)).map((h) => h.text)).toContain(passage(9));
    await d().close(page);
  });

  attack('the page switches the UI off', 'our element taken out of the page comes back with the next selection', async () => {
    const page = await d().open(d().url('/article.html'));
    await d().select(page, passage(10));
    await expect.poll(() => count(page, 'highlight-button')).toBe(1);
    expect(await d().evaluate(page, attacks.removeOurElement, undefined)).toBe(true);
    await highlight(page, passage(11));
    expect((await stored(page)).map((h) => h.text)).toContain(passage(11));
    await d().close(page);
  });

  attack(
    'faults',
    '200 saves in a burst: every save the reader was told of is stored, once',
    async () => {
      const page = await d().open(d().url('/copy.html'));
      const quotes = Array.from({ length: 200 }, (_, i) => passage(i));
      const replies = (await d().ask(
        page,
        quotes.map((exact) => ({ type: 'page.highlightQuote', data: { quote: { exact, prefix: '', suffix: '' } } })),
      )) as { ok: boolean; value?: { created: boolean } | null }[];
      const saved = replies.filter((r) => r.ok && r.value?.created).length;
      const texts = (await stored(page)).map((h) => h.text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.length).toBe(saved);
      expect(saved).toBe(200);
      await d().close(page);
    },
    90_000,
  );

  attack('faults', 'two tabs adding different tags to one highlight: both tags kept', async () => {
    const one = await d().open(on127(d().url('/other.html')));
    await highlight(one, passage(40));
    const two = await d().open(on127(d().url('/other.html')));
    await expect.poll(() => d().drawn(two)).toContain(passage(40));
    for (const [page, tag] of [[one, 'from-tab-1'], [two, 'from-tab-2']] as const) {
      await d().bringToFront(page);
      await openEditor(page, passage(40));
      await addTag(page, tag);
    }
    const [h] = (await stored(one)).filter((x) => x.text === passage(40));
    expect([...h!.tags].sort()).toEqual(['from-tab-1', 'from-tab-2']);
    await d().close(one);
    await d().close(two);
  });

  return { stored, highlight };
}
