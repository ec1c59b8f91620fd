// Features by their hash (the hashing trick): a feature is a name such as "pre:modal:hậu", but the brief never
// builds the string while it reads an article. It runs FNV-1a over the name's parts as if they were joined, so the
// hash equals that of the joined name. The trainer, the models and the explanations all use the same hash.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

/** The hash of a feature name (32-bit FNV-1a over its UTF-16 code units). */
export function featureHash(name: string): number {
  return mix(OFFSET, name) >>> 0;
}

/**
 * The features of one sentence or candidate. `add(kind, a, b)` stands for the name `kind` + a + "_" + b (kind ends
 * with its own separator, "u:" or "pre:modal:"). A feature added twice counts twice (a word written twice), in
 * training as in use. Only hashes are kept, and the names of the few `wanted` ones ("why is this here?").
 */
export class Features {
  readonly hashes: number[] = [];
  readonly named = new Map<number, string>();

  constructor(private readonly wanted: ReadonlySet<number> | null = null) {}

  add(kind: string, a?: string, b?: string, c?: string): void {
    let h = mix(OFFSET, kind);
    if (a !== undefined) h = mix(h, a);
    if (b !== undefined) h = mix(Math.imul(h ^ 0x5f, PRIME), b); // "_"
    if (c !== undefined) h = mix(Math.imul(h ^ 0x5f, PRIME), c);
    h >>>= 0;
    this.hashes.push(h);
    if (this.wanted?.has(h)) this.named.set(h, kind + (a ?? '') + (b !== undefined ? `_${b}` : '') + (c !== undefined ? `_${c}` : ''));
  }
}
