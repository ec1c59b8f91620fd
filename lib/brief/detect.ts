// Language of an article: the page's declaration when there is one, else a cheap look at the text.

/** Letters only Vietnamese uses among Latin scripts (ă â đ ê ô ơ ư and tone-marked vowels). */
const VI_CHARS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const EN_STOP = /\b(?:the|and|of|to|in|is|that|for|with|was|on|are|by|it|as|said)\b/gi;

/** Normalises "vi-VN", "en_US" → "vi", "en"; returns null for empty or junk values. */
function primary(code: string | null | undefined): string | null {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(code ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function detectLanguage(text: string, declared?: string | null): string {
  const d = primary(declared);
  if (d) return d;
  const sample = text.normalize('NFC').slice(0, 20_000);
  const words = sample.split(/\s+/).filter(Boolean).length;
  // Scripts first: kana means Japanese, Han without kana Chinese, Hangul Korean.
  const kana = sample.match(/[\u3040-\u30ff]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (kana > 20) return 'ja';
  if (han > 50) return 'zh';
  if (hangul > 50) return 'ko';
  if (words < 3) return 'und';
  const vi = sample.match(VI_CHARS)?.length ?? 0;
  const en = sample.match(EN_STOP)?.length ?? 0;
  if (vi / words > 0.15) return 'vi';
  if (en / words > 0.08) return 'en';
  return 'und';
}
