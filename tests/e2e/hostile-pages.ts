// The hostile page of issue 16 and the scripts it runs, shared by the Chromium and Firefox suites. Each
// attack is a function the test runs in the page's own world (as a script of the site would run).
import { afterAll, beforeAll } from 'vitest';
import { startServer } from './server';

/** A passage of the article that appears once: paragraph `i`'s proposal. */
export const passage = (i: number) => `proposal number ${i} for the harbour`;

/** 200 paragraphs, each with one passage of its own. */
export const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plans</title></head><body><article><h1>Harbour plans</h1>
${Array.from({ length: 200 }, (_, i) => `<p>The council reviewed ${passage(i)} district, and residents may comment until June.</p>`).join('\n')}
</article></body></html>`;

/** The article claiming, by its canonical link, to be the page at `href`. */
export const claiming = (href: string) => ARTICLE.replace('<head>', `<head><link rel="canonical" href="${href}">`);

/**
 * The suite's pages, served on two origins: the same host on two ports. Call before the browser's
 * `use…` so that the second server closes after the browser, whose connections it holds.
 */
export function useHostileSite() {
  let claimed = '';
  const routes = { '/article.html': ARTICLE, '/other.html': ARTICLE, '/copy.html': ARTICLE, '/claiming.html': () => claiming(claimed) };
  const site = {
    routes,
    other: null as unknown as Awaited<ReturnType<typeof startServer>>,
    /** The address `/claiming.html` claims by its canonical link from now on. */
    claim: (href: string) => {
      claimed = href;
    },
  };
  beforeAll(async () => {
    site.other = await startServer(routes);
  });
  afterAll(() => site.other?.close());
  return site;
}

/** The same address on 127.0.0.1 (the servers answer on both names). */
export const on127 = (url: string) => url.replace('//localhost:', '//127.0.0.1:');

/** A tag of the reader's on another site: it must never be readable by this page. */
export const SECRET_TAG = 'medical-secret';

export const attacks = {
  /** Selects a passage by script, sends a mouseup, and clicks our "Highlight" button if it can find it. */
  scriptedHighlight(text: string) {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.includes(text))!;
    const node = p.firstChild!;
    const at = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
    const host = document.querySelector('brieflight-ui');
    const button = host?.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="highlight-button"]') ?? null;
    button?.click();
    return { shadowRoot: host?.shadowRoot ?? null, button: button ? 'found' : null };
  },

  /** Replaces attachShadow before any other script runs, to keep every shadow root made on the page. */
  hookAttachShadow() {
    const original = Element.prototype.attachShadow;
    const captured: ShadowRoot[] = [];
    (window as unknown as { captured: ShadowRoot[] }).captured = captured;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = original.call(this, { ...init, mode: 'open' });
      if (this.localName === 'brieflight-ui') captured.push(root);
      return root;
    };
  },

  /** A scripted click in the middle of a passage (where a drawn highlight opens its editor). */
  scriptedClickOn(text: string) {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.includes(text))!;
    const node = p.firstChild!;
    const at = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at + 2);
    range.setEnd(node, at + 3);
    const r = range.getBoundingClientRect();
    getSelection()!.removeAllRanges();
    const init = { bubbles: true, cancelable: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
    p.dispatchEvent(new MouseEvent('mousedown', init));
    p.dispatchEvent(new MouseEvent('mouseup', init));
    p.dispatchEvent(new MouseEvent('click', init));
  },

  /** The caret put in a passage by script, then a scripted Enter (which opens a highlight's editor). */
  scriptedEnterIn(text: string) {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.includes(text))!;
    const node = p.firstChild!;
    getSelection()!.collapse(node, node.textContent!.indexOf(text) + 3);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  },

  /** Everything the page can read of its DOM: text, attributes, form values, datalists, open shadow roots. */
  readEverything() {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el.textContent ?? '');
        for (const a of el.attributes) out.push(a.value);
        if ('value' in el) out.push(String((el as HTMLInputElement).value));
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    for (const list of document.querySelectorAll('datalist')) out.push(...[...list.options].map((o) => o.value));
    const host = document.querySelector('brieflight-ui');
    if (host?.shadowRoot) visit(host.shadowRoot);
    return out.join('\n');
  },

  /** Listens for keys and input on the document and the window, as a key logger would (bubbling phase). */
  listenToKeys() {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    for (const target of [window, document]) {
      for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
        target.addEventListener(type, (e) => {
          const key = (e as KeyboardEvent).key ?? (e as InputEvent).data;
          if ((e.target as Element | null)?.localName === 'brieflight-ui') heard.push(`${type}:${key}`);
        });
      }
    }
  },

  /** Fetches an address of the extension: 'refused' when the browser does not serve it to the page. */
  async fetchResource(url: string) {
    try {
      const response = await fetch(url);
      return response.ok ? `served ${(await response.text()).length} bytes` : 'refused';
    } catch {
      return 'refused';
    }
  },

  /** Takes our UI's element out of the page, as a page that cleans its DOM of what it did not make. */
  removeOurElement() {
    const host = document.querySelector('brieflight-ui');
    host?.remove();
    return !!host;
  },

  /** Replays WXT's start-up event as a newer copy of the content script would send it. */
  replayStartUpEvent(name: string) {
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
  },
};
