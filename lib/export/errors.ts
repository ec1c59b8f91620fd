import type { ZodIssue } from 'zod';
import { NOT_A_DATE } from '../model/highlight';

/** An import the reader must hear about: the message is shown as is, so it names the record and the field at fault. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** Turns a zod issue into the words a reader understands: `"created" is not a date`. */
export function describeIssue(issue: ZodIssue, fieldName: (path: string) => string = (p) => p): string {
  const field = `"${fieldName(issue.path.join('.')) || 'record'}"`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? `${field} is missing` : `${field} should be ${issue.expected}, not ${issue.received}`;
    case 'invalid_string':
      if (issue.validation === 'datetime' || issue.message === NOT_A_DATE) return `${field} is not a date`;
      if (issue.validation === 'uuid') return `${field} is not a UUID`;
      return `${field} is not valid (${String(issue.validation)})`;
    case 'too_small':
      if (issue.type === 'string') return `${field} is empty`;
      if (issue.type === 'number') return issue.minimum === 0 ? `${field} is negative` : `${field} is below ${String(issue.minimum)}`;
      return `${field} is too small`;
    case 'invalid_enum_value':
      return `${field} is "${String(issue.received)}", expected one of ${issue.options.join(', ')}`;
    case 'invalid_literal':
      return `${field} should be ${JSON.stringify(issue.expected)}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** "Record 3 (urn:uuid:…)": 1-based, as a reader counts, with the record's own id when it has one. */
export function recordLabel(kind: string, index: number, id: unknown): string {
  return typeof id === 'string' && id ? `${kind} ${index + 1} (${id})` : `${kind} ${index + 1}`;
}
