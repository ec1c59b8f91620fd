// Documents as a reader sees them: Markdown or reStructuredText rendered to
// plain prose, simply. Code blocks, directives and markup go; paragraphs stay,
// one per line group, separated by a blank line, white space folded.

export type SourceFormat = 'markdown' | 'rst';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Inline Markdown: links and images to their text, emphasis and code marks dropped, tags dropped. */
function markdownInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

function markdownToText(src: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    const p = fold(markdownInline(current.join(' ')));
    if (/[\p{L}]/u.test(p)) paragraphs.push(p);
    current = [];
  };
  const lines = src.replace(/<!--[\s\S]*?-->/g, '').replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  for (const raw of lines) {
    // Block quotes (asides in the Rust book) read as ordinary paragraphs.
    const line = raw.replace(/^(\s*>)+\s?/, '');
    const fenceMark = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      if (fenceMark && fenceMark[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark[1]!;
      continue;
    }
    // Includes, reference-link definitions, tables, bare JSX tags: not prose.
    if (/^\s*(\{\{#|\[[^\]]+\]:\s|\||<\/?[A-Za-z][^>]*>\s*$|import\s)/.test(line)) {
      flush();
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^\s*#{1,6}\s+(.*?)\s*(\{\/\*.*\*\/\})?\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[1]!);
      flush();
      continue;
    }
    const item = /^\s*([-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[2]!);
      continue;
    }
    current.push(line);
  }
  flush();
  return paragraphs.join('\n\n') + '\n';
}

/** Inline reST: roles and links to their text, literals and emphasis marks dropped. */
function rstInline(s: string): string {
  return s
    .replace(/:[a-z:]+:`([^`<]*?)\s*(<[^>]*>)?`/g, '$1')
    .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, '$1')
    .replace(/`([^`]+)`_{1,2}/g, '$1')
    .replace(/``([^`]*)``/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/\[#?[\w-]*\]_/g, '')
    .replace(/(\w)_(?=[\s.,;:)]|$)/g, '$1');
}

function rstToText(src: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = fold(rstInline(current.join(' ')));
    if (/[\p{L}]/u.test(p)) paragraphs.push(p);
    current = [];
  };
  const lines = src.split('\n');
  // The header block (PEP: 8, Title: …) up to the first blank line.
  let i = lines.findIndex((l) => !l.trim());
  let skipIndentedAfter: number | null = null;
  for (i = i < 0 ? 0 : i; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    if (skipIndentedAfter !== null) {
      if (!line.trim() || indent > skipIndentedAfter) continue;
      skipIndentedAfter = null;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    // Heading underlines and overlines.
    if (/^([=\-~^*#+"'`])\1{2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    // Directives and comments (with their indented bodies), and literal blocks after "::".
    if (/^\s*\.\.(\s|$)/.test(line)) {
      flush();
      skipIndentedAfter = indent;
      continue;
    }
    const item = /^\s*([-*+]|\d+\.|#\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[2]!);
    } else current.push(line);
    if (/::\s*$/.test(line)) {
      current[current.length - 1] = current[current.length - 1]!.replace(/::\s*$/, /\s::\s*$/.test(line) ? '' : ':');
      flush();
      skipIndentedAfter = indent;
    }
  }
  flush();
  return paragraphs.join('\n\n') + '\n';
}

export function render(src: string, format: SourceFormat): string {
  return format === 'markdown' ? markdownToText(src) : rstToText(src);
}
