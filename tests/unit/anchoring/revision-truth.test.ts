// The revision suite's ground truth: where an old quote's text is in the new version, by a character diff.
import { describe, expect, it } from 'vitest';
import { diffRevision, truthOf } from '../../anchoring/lib/revisions/truth';
import { judge } from '../../anchoring/lib/revisions/judge';

const paragraphs = [
  'Ownership is a set of rules that governs how a program manages memory.',
  'Listing 10-22: Using the longest function with references to values of different lifetimes.',
  'Each value has an owner, and there can only be one owner at a time.',
  'When the owner goes out of scope, the value will be dropped.',
  'Recap: each value has an owner.',
];
const old = paragraphs.join('\n\n');
const truth = (text: string, quote: string) => {
  const r = diffRevision(old, text);
  const at = old.indexOf(quote);
  return { r, t: truthOf(r, at, at + quote.length) };
};

describe('revision truth', () => {
  it('finds an unchanged quote where the diff kept it', () => {
    const changed = old.replace('governs how', 'govern how');
    const { t } = truth(changed, 'When the owner goes out of scope');
    expect(t.class).toBe('intact');
    expect(changed.slice(t.span!.start, t.span!.end)).toBe('When the owner goes out of scope');
  });

  it('grades an edited quote by its similarity, on whole words', () => {
    const changed = old.replace('be one owner', 'be a single owner');
    const { t } = truth(changed, 'there can only be one owner at a time');
    expect(changed.slice(t.span!.start, t.span!.end)).toBe('there can only be a single owner at a time');
    expect(t.class).toBe('edited 0.80–0.88');
  });

  it('follows a paragraph moved and renumbered, which the diff sees as deleted and inserted', () => {
    const moved = [paragraphs[1]!.replace('10-22', '10-24'), paragraphs[0], ...paragraphs.slice(2)].join('\n\n');
    const { t } = truth(moved, 'Listing 10-22: Using the longest function with references to values');
    expect(t.class).toBe('edited ≥ 0.88');
    expect(moved.slice(t.span!.start, t.span!.end)).toContain('Listing 10-24: Using the longest function');
  });

  it('calls a removed quote gone, and a copy of it that was already elsewhere a copy, not right', () => {
    const removed = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]].join('\n\n');
    const { t } = truth(removed, 'Each value has an owner');
    expect(t.class).toBe('gone');
    const at = removed.indexOf('each value has an owner');
    expect(judge(removed, 'each value has an owner', t, { start: at, end: at + 23 })).toBe('copy elsewhere');
    expect(judge(removed, 'Each value has an owner', t, null)).toBe('correct orphan');
  });
});
