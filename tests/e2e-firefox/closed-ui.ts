// Our toolbar and editor live in a closed shadow root that no page script, and no puppeteer selector,
// can enter. WebDriver BiDi can: it serialises an element's shadow root whatever its mode, and the
// elements found in it become ordinary puppeteer handles, clicked and typed into with trusted input.
import type { ElementHandle, Page } from 'puppeteer-core';
import { UI_TAG } from '../../lib/anchoring/text-model';

interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}
interface Bidi {
  send(method: string, params: object): Promise<{ result: { type: string; result?: { type: string; value?: unknown } } }>;
}
interface Realm {
  createHandle(value: unknown): ElementHandle<Element>;
}

/** The elements matching `selector` inside our UI's closed shadow roots on this page. */
export async function inClosedUi(page: Page, selector: string): Promise<ElementHandle<Element>[]> {
  const bidi = (page.browser() as unknown as { connection: Bidi }).connection;
  const frame = page.mainFrame() as unknown as { _id: string; mainRealm(): Realm };
  const target = { context: frame._id };
  const hosts = await bidi.send('script.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(UI_TAG)})]`,
    target,
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const roots = ((hosts.result.result?.value ?? []) as RemoteNode[]).map((h) => h.value?.shadowRoot?.sharedId).filter((id): id is string => !!id);
  const found: ElementHandle<Element>[] = [];
  for (const sharedId of roots) {
    const reply = await bidi.send('script.callFunction', {
      functionDeclaration: '(root, selector) => [...root.querySelectorAll(selector)]',
      arguments: [{ sharedId }, { type: 'string', value: selector }],
      target,
      awaitPromise: false,
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 0 },
    });
    const nodes = (reply.result.result?.value ?? []) as RemoteNode[];
    found.push(...nodes.map((node) => frame.mainRealm().createHandle(node)));
  }
  return found;
}
