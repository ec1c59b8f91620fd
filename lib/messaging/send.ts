import type { z } from 'zod';
import { failure, MessageError } from './envelope';
import { backgroundProtocol, contentProtocol, type BackgroundProtocol, type ContentProtocol } from './protocol';

type Transport = (message: { type: string; data: unknown }) => Promise<unknown>;

async function call<Rep extends z.ZodTypeAny>(transport: Transport, type: string, data: unknown, reply: Rep): Promise<z.infer<Rep>> {
  let raw: unknown;
  try {
    raw = await transport({ type, data });
  } catch (error) {
    // The receiver is missing: a stopped page, a page without our content script, or an update.
    throw new MessageError('unreachable', error instanceof Error ? error.message : String(error));
  }
  const bad = failure.safeParse(raw);
  if (bad.success) throw new MessageError(bad.data.error.code, bad.data.error.message);
  if (typeof raw !== 'object' || raw === null || !('ok' in raw) || !('value' in raw)) {
    // No answer at all: the background was stopped while it worked (it may or may not have saved).
    throw new MessageError('unreachable', `No valid reply to "${type}".`);
  }
  const parsed = reply.safeParse(raw.value);
  if (!parsed.success) throw new MessageError('internal', `Malformed reply to "${type}".`);
  return parsed.data;
}

/** Ask the background; throws `MessageError` with a readable message on failure. */
export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: z.input<BackgroundProtocol[K]['request']>,
): Promise<z.infer<BackgroundProtocol[K]['reply']>> {
  return call((m) => browser.runtime.sendMessage(m), type, data, backgroundProtocol[type].reply);
}

/** Ask the content script of a tab (top frame only). */
export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: z.input<ContentProtocol[K]['request']>,
): Promise<z.infer<ContentProtocol[K]['reply']>> {
  return call((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }), type, data, contentProtocol[type].reply);
}
