import type { z } from 'zod';
import { describeZodError, failure, MessageError, wireMessage, type Result } from './envelope';

type Entry = { request: z.ZodTypeAny; reply: z.ZodTypeAny; sender: 'tab' | 'page' | 'any' };
type Protocol = Record<string, Entry>;

export type Handlers<P extends Protocol> = {
  [K in keyof P]: (data: z.infer<P[K]['request']>, sender: CheckedSender) => Promise<z.infer<P[K]['reply']>> | z.infer<P[K]['reply']>;
};

/** The parts of a message sender we check. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** A sender after the check: a content script in a tab, or one of our extension pages (in a tab or not). */
export type CheckedSender = Sender & { kind: 'tab' | 'page' };

export interface HandleOptions {
  /** Our extension's id: anything else is refused. */
  extensionId: string;
  /** The origin of our extension pages, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
}

/**
 * The sender's kind, or null when it is not ours. Our own page opened in a tab (the library, the
 * popup in a tab) has a tab too: its address, not its tab, says it is a page.
 */
function senderKind(sender: Sender, options: HandleOptions): 'tab' | 'page' | null {
  if (sender.id !== options.extensionId) return null;
  if (sender.url?.startsWith(options.extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined) return 'tab';
  return null;
}

/**
 * Answers one raw message: parses it, checks its sender, runs the handler, and replies with a
 * `Result`. Never throws: a bad message gets a typed error reply.
 */
export async function handleMessage<P extends Protocol>(
  protocol: P,
  handlers: Handlers<P>,
  raw: unknown,
  sender: Sender,
  options: HandleOptions,
): Promise<Result<unknown>> {
  const fail = (code: z.infer<typeof failure>['error']['code'], message: string) => ({ ok: false as const, error: { code, message } });
  const wire = wireMessage.safeParse(raw);
  if (!wire.success) return fail('invalid-message', 'A message must be an object with a "type" string.');
  const { type, data } = wire.data;
  const entry = Object.hasOwn(protocol, type) ? protocol[type] : undefined;
  if (!entry) return fail('invalid-message', `Unknown message type "${type}".`);
  const kind = senderKind(sender, options);
  if (!kind || (entry.sender !== 'any' && entry.sender !== kind)) {
    return fail('forbidden-sender', `"${type}" is not accepted from this sender.`);
  }
  const parsed = entry.request.safeParse(data);
  if (!parsed.success) return fail('invalid-message', `Invalid "${type}" message: ${describeZodError(parsed.error)}`);
  try {
    const value = await handlers[type as keyof P](parsed.data, { ...sender, kind });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof MessageError) return fail(error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    const name = error instanceof Error ? error.name : '';
    // Dexie and IndexedDB name their failures: a full disk, a blocked or closed database.
    const text = `${name} ${message}`;
    if (/quota|disk.?full|no space/i.test(text)) return fail('disk-full', message);
    const storage = /disk|storage|database|indexeddb|blocked|openfailed|databaseclosed|versionerror/i.test(text);
    return fail(storage ? 'storage' : 'internal', message);
  }
}
