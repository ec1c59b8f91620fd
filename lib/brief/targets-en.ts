// English target rules: quantities set as goals, deadlines of required actions.
import { yearFor, type DateContext } from './dates';
import { enMonth, enWordNumber, parseEnNumber } from './numbers';
import type { TargetHit } from './targets-vi';
import type { Sentence } from './text';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred|dozen`;
const QUAL = String.raw`up to|at least|at most|no more than|no less than|more than|less than|fewer than|around|about|nearly|roughly|over|under|some`;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const QTY_RE = new RegExp(String.raw`\b(?:(${QUAL})\s+)?(\$|€|£)?(${NUM})(?:\s+(thousand|million|billion|trillion))?(\s*%|\s+percent\b|\s+(?:metric\s+)?tons\b|\s+[“"]?(?!(?:days?|weeks?|months?|years?|hours?)\b)[a-z]+[”"]?\s+of\s+[a-z]+)?`, 'gi');
const GOAL = /\b(?:goal|target|aim|order(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?|mandat\w*|plan(?:s|ned)? to|will|must|pledg\w*|vow\w*|promis\w*|requir\w*|set to|to reach|to cut|to raise|to buy|to triple|to double|halve|by 20\d\d|urg\w*|with a goal|asked for|ask(?:s|ed)? for|demand\w*|call(?:s|ed)? for|press(?:ed|es)? for|seek\w*)\b/i;
const REPORTED = /\b(?:grew|rose|fell|dropped|was|were|had|has been|have been|reported|recorded|last year|ago|worth|imposed|raised|lowered|cut|increased|decreased|estimated|about|since|over the past|in the past|projects?|projected|forecasts?|estimates?|expects?|expected|predicts?|predicted|likely)\b/i;
const CMP: Record<string, TargetHit['comparator']> = {
  'up to': '<=', 'at most': '<=', 'no more than': '<=', 'at least': '>=', 'no less than': '>=', 'more than': '>', over: '>',
  'less than': '<', 'fewer than': '<', under: '<', around: '~', about: '~', nearly: '~', roughly: '~', some: '~',
};

/** A report word right after "to" or a modal is the goal's own verb ("ordered … to cut", "will raise"). */
const GOAL_VERB_BEFORE = /\b(?:to|will|would|must|should|shall|can|plans? to)\s+$/i;
/** "would hire 40 energy advisers": a count committed to, its unit the counted noun. */
const COUNT_GOAL = /\b(?:will|would|must|shall|(?:plans?|aims?|pledged|vowed|promised|is|are|agreed)\s+to)\s+(?:hire|recruit|train|build|add|create|open|install|plant|deploy|buy|purchase|deliver|provide|fund|launch|send)\s+$/i;
const COUNTED = /^\s+((?:[a-z]+\s+)?[a-z]{3,}s)\b/;

const FORECAST = /\b(?:projects?|projected|projections?|forecasts?|estimates?|predicts?|predicted|economists?)\b/i;
const GOAL_G = new RegExp(GOAL.source, 'gi');
const REPORTED_G = new RegExp(REPORTED.source, 'gi');
function lastIndex(s: string, re: RegExp, skip?: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(re)) if (!skip || !skip.test(s.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) at = m.index ?? at;
  return at;
}

export function quantitiesEn(s: Sentence): TargetHit[] {
  const t = s.text;
  // A projection or estimate states what may happen, not what someone must reach.
  if (!(GOAL.test(t) || /\b(?:will|would|must|shall|(?:plans?|aims?|pledged|vowed|promised|is|are|agreed)\s+to)\s+(?:hire|recruit|train|build|add|create|open|install|plant|deploy|buy|purchase|deliver|provide|fund|launch|send)\s+\d/i.test(t)) || FORECAST.test(t)) return [];
  const out: TargetHit[] = [];
  const by = /\b(?:by|before|until|no later than)\s+(?:the\s+(?:end|close)\s+of\s+)?(20\d\d)\b/.exec(t)?.[1] ?? null;
  QTY_RE.lastIndex = 0;
  for (let m = QTY_RE.exec(t); m; m = QTY_RE.exec(t)) {
    const [whole, qual, cur, numRaw = '', scale, unitRaw] = m;
    const counted = !cur && !unitRaw && !qual && COUNT_GOAL.test(t.slice(Math.max(0, m.index - 40), m.index)) ? COUNTED.exec(t.slice(m.index + whole.length)) : null;
    if (!cur && !unitRaw && !qual && !counted) continue;
    if (/\bfrom\s+$/i.test(t.slice(Math.max(0, m.index - 6), m.index))) continue; // "from $0.23/W to $0.10/W": the baseline
    if (!cur && !unitRaw && /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times)\b/i.test(t.slice(m.index + whole.length))) continue;
    if (/^-\w/.test(t.slice(m.index + whole.length))) continue; // "two-hundred years old": part of a compound
    if (/^(?:19|20)\d\d$/.test(numRaw)) continue;
    if (/^[:.]\d/.test(t.slice(m.index + whole.length))) continue; // a clock time ("around 10:30 p.m.")
    // "will be able to transport 100 metric tons": a capacity, not a level anyone must reach.
    if (/\b(?:able to|capable of|can)\s+(?:[a-z]+\s+){0,2}$/i.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    const base = parseEnNumber(numRaw) ?? enWordNumber(numRaw);
    if (base === null) continue;
    // The nearest verb before the value decides: a goal word close by makes it a target, a report word a statistic.
    const clause = t.slice(Math.max(0, m.index - 60), m.index);
    const lastGoal = lastIndex(clause, GOAL_G);
    const lastRep = lastIndex(clause, REPORTED_G, GOAL_VERB_BEFORE);
    if (!counted && (lastRep > lastGoal || (lastGoal < 0 && !qual))) continue;
    // "more than 400 complaints were filed": the value is the subject of a passive or past report.
    if (/^(?:\s+[a-z]+){0,2}\s+(?:were|was|had been|have been|has been)\b/i.test(t.slice(m.index + whole.length, m.index + whole.length + 60))) continue;
    // "the 20 million residents of Delhi": a definite count describes who is there; "the 2 percent target" names a goal.
    if (/\b(?:the|its|their|his|her|our)\s+$/i.test(t.slice(Math.max(0, m.index - 6), m.index)) && !/^\s+(?:[a-z]+\s+)?(?:target|goal|threshold|cap|mark|level)\b/i.test(t.slice(m.index + whole.length))) continue;
    // "20 million" is 20,000,000 whatever it counts: dollars, people or tons.
    const value = scale ? base * (SCALE[scale.toLowerCase()] ?? 1) : base;
    const unit = cur ? ({ $: 'USD', '€': 'EUR', '£': 'GBP' } as Record<string, string>)[cur] ?? null
      : unitRaw ? unitRaw.trim().replace(/^percent$/i, '%').replace(/[“”"]/g, '') : counted ? counted[1]! : null;
    out.push({
      start: m.index, end: m.index + whole.trimEnd().length + (counted ? counted[0].length : 0), kind: 'quantity', rule: 'en.quantity.goal', metric: null,
      comparator: qual ? CMP[qual.toLowerCase()] ?? '=' : '=', value, unit, by,
    });
  }
  return out;
}

const MONTH = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
const DEADLINE_RE = new RegExp(String.raw`\b((?:by|before|no later than|until)(?:\s+the\s+(?:end|close)\s+of)?|within|in|starting in)\s+(?:(${MONTH})\.?\s+(\d{1,2})(?:,?\s+(20\d\d))?|(\d+|one|two|three|ten|thirty)\s+(days?|weeks?|months?|years?)|(20\d\d))\b`, 'g');

/** Plan sentences whose deadlines count without an order. */
export const PLAN_EN = /\b(?:plans? to|planned|goal|target|scheduled|aims? to|requir\w*|deadline|due)\b/i;

export function deadlinesEn(s: Sentence, dates: DateContext): TargetHit[] {
  const t = s.text;
  const out: TargetHit[] = [];
  DEADLINE_RE.lastIndex = 0;
  for (let m = DEADLINE_RE.exec(t); m; m = DEADLINE_RE.exec(t)) {
    const lead = m[1] ?? '';
    let value: string | null = null;
    if (m[2]) {
      const mo = enMonth(m[2]);
      const day = Number(m[3]);
      if (!mo || day < 1 || day > 31) continue;
      const y = m[4] ? Number(m[4]) : yearFor(dates, mo, day);
      value = `${y ? `${y}-` : ''}${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    } else if (m[5]) {
      if (lead !== 'within') continue;
      const n = parseEnNumber(m[5]) ?? enWordNumber(m[5]);
      const u = (m[6] ?? 'd')[0]!.toUpperCase();
      value = `P${n}${u === 'W' ? 'W' : u === 'M' ? 'M' : u === 'Y' ? 'Y' : 'D'}`;
    } else if (m[7]) {
      // "in 2022" is a deadline only for a planned action ("plans to fly in 2022"), not for a past event.
      if (/^(?:in|starting in)$/.test(lead) && !/\b(?:to|will|would|plans?)\s+(?:\w+\s+){1,3}$/i.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
      value = /\b(?:end|close)\b/.test(lead) ? `${m[7]}-12-31` : m[7];
    }
    if (!value) continue;
    const cmp = lead.startsWith('before') && !/end|close/.test(lead) ? '<' : lead === 'in' || lead === 'starting in' ? '=' : '<=';
    // `by` is the year due (as for quantities); a month and day without a year or a duration ("P90D") names none.
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'deadline', rule: 'en.deadline', metric: null, comparator: cmp, value, unit: null, by: /^\d{4}/.test(value) ? value.slice(0, 4) : null });
  }
  return out;
}
