import { z } from 'zod';

// Errors travel as values: Error objects do not survive the browser's JSON serialisation.
// `disk-full` is storage refused for want of space; `unreachable`, no answer at all (a stopped worker, a
// closed page); `refused`, an action we decline with a sentence written for the reader.
export const errorCode = z.enum(['invalid-message', 'forbidden-sender', 'not-found', 'storage', 'disk-full', 'unreachable', 'refused', 'internal']);
export type ErrorCode = z.infer<typeof errorCode>;

export const failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: errorCode, message: z.string() }),
});
export type Failure = z.infer<typeof failure>;

export type Result<T> = { ok: true; value: T } | Failure;

/** A request on the wire: `{ type, data }`. */
export const wireMessage = z.object({ type: z.string(), data: z.unknown() });

/** A reply that failed: thrown by `send` helpers so callers can show `message`. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Turns a zod error into a sentence that names the field at fault. */
export function describeZodError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid value';
  const where = first.path.length ? `"${first.path.join('.')}"` : 'the message';
  return `${where}: ${first.message}`;
}
