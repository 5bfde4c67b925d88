/**
 * Twin articles agree: the English article and its Korean twin should state
 * the same dates, versions and numbers in their bodies. This extracts those
 * facts from each section's plain text, normalises them (English "30 April
 * 2026", "April 30, 2026", ISO "2026-04-30" and Korean "2026년 4월 30일" all
 * become 2026-04-30), and lists what one side states and the other lacks.
 *
 * Kept quiet on purpose (a warning nobody reads helps nobody):
 * - Matching is body-wide, not per section: a fact moved to another section in
 *   translation is not a disagreement. The report still names the section(s)
 *   where the unmatched fact appears.
 * - A date matches a more precise date in the twin ("2026" is covered by
 *   "2026년 4월"), but not the other way round: a side that gives the day
 *   when the other gives only the year is reported, since the twin lacks it.
 * - Numbers below 10 are ignored: English spells them out ("two releases"),
 *   Korean often does too ("두 번"), and they are rarely the stale fact.
 * - Digits inside names (k8s, x86_64, ppc64le, IPv6, S3) and URLs are not numbers; a
 *   number written against its unit ("11MB") is.
 *   Code spans stay in the text (the loader's section text keeps them) but are
 *   written identically in both languages, so they never cause a warning.
 * - A year range ("2014–2018") is two years; both twins should name both.
 */

export type FactKind = 'date' | 'version' | 'number';

export interface Fact {
  kind: FactKind;
  /** Normalised: "2026", "2026-04", "2026-04-30", "--04-30"; "1.2.3"; "1500". */
  value: string;
}

export interface TwinSection {
  id: string;
  title: string;
  text: string;
}

export interface TwinSide {
  file: string;
  sections: TwinSection[];
}

export interface TwinDifference {
  kind: FactKind;
  value: string;
  /** The file that states it, and the sections where it does. */
  file: string;
  sections: { id: string; title: string }[];
  /** The twin that does not. */
  missingFrom: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Date patterns, most precise first. Each match is replaced by spaces before
 * the next pattern and before versions and numbers are read, so "30 April
 * 2026" is one date, not a date, a day and a year.
 */
const DATE_PATTERNS: { pattern: RegExp; value: (m: RegExpExecArray) => string | null }[] = [
  { pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, value: (m) => (validDay(+m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : null) },
  { pattern: /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, value: (m) => (validDay(+m[2]!, +m[3]!) ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : null) },
  { pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'g'), value: (m) => `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(m[2]!)}` },
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'g'), value: (m) => `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(m[1]!)}` },
  { pattern: /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월/g, value: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? `${m[1]}-${pad(m[2]!)}` : null) },
  { pattern: new RegExp(`\\b${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'g'), value: (m) => `${m[2]}-${pad(monthNumber(m[1]!))}` },
  { pattern: /(?<![\d.])(\d{4})-(\d{2})(?![\d.-])/g, value: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? `${m[1]}-${m[2]}` : null) },
  { pattern: /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, value: (m) => (validDay(+m[1]!, +m[2]!) ? `--${pad(m[1]!)}-${pad(m[2]!)}` : null) },
  { pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, 'g'), value: (m) => `--${pad(monthNumber(m[1]!))}-${pad(m[2]!)}` },
];

/** "May" and "March" are also words; only a month name followed by digits is read as a date (the patterns above require them). */
const UNIT = /(\d)([KMGTP]i?B|ms)\b/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
/** A Korean month named without its year ("4월, 8월, 12월") is a month, like English "April", not a number. */
const KOREAN_MONTH = /(?<![\d년]\s*)(?<!\d)(\d{1,2})\s*월(?!\s*\d)/g;
const VERSION = /(?<![\p{L}\d_.])v?(\d+(?:\.\d+)+)(?![\d.]*\p{Script=Latin})/gu;
const YEAR = /(?<![\p{Script=Latin}\d_.,])((?:19|20)\d{2})(?!\d|[.,]\d|\p{Script=Latin})/gu;
const NUMBER = /(?<![\p{Script=Latin}\d_.,-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]?\d|[\p{Script=Latin}_])/gu;

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/** Every date, version and significant number a text states, normalised. */
export function extractFacts(input: string): Fact[] {
  // Units written against the number ("11MB", Korean style) are split off, so the number still counts.
  let text = input.replace(URL, (url) => ' '.repeat(url.length)).replace(UNIT, '$1 $2');
  const facts: Fact[] = [];
  for (const { pattern, value } of DATE_PATTERNS) {
    for (const match of [...text.matchAll(pattern)]) {
      const normalised = value(match as RegExpExecArray);
      if (normalised === null) continue;
      facts.push({ kind: 'date', value: normalised });
      text = blank(text, match.index!, match[0].length);
    }
  }
  text = text.replace(KOREAN_MONTH, (month) => ' '.repeat(month.length));
  for (const match of [...text.matchAll(VERSION)]) {
    facts.push({ kind: 'version', value: match[1]! });
    text = blank(text, match.index!, match[0].length);
  }
  for (const match of [...text.matchAll(YEAR)]) {
    facts.push({ kind: 'date', value: match[1]! });
    text = blank(text, match.index!, match[0].length);
  }
  for (const match of [...text.matchAll(NUMBER)]) {
    const value = Number(match[1]!.replace(/,/g, ''));
    if (value >= 10) facts.push({ kind: 'number', value: String(value) });
  }
  return facts;
}

const key = (fact: Fact) => `${fact.kind}:${fact.value}`;

/** Does the twin state this fact (for dates: the same date or a more precise one inside it)? */
function covered(fact: Fact, twin: Fact[]): boolean {
  if (fact.kind !== 'date') return twin.some((other) => other.kind === fact.kind && other.value === fact.value);
  if (fact.value.startsWith('--')) return twin.some((other) => other.kind === 'date' && other.value.endsWith(fact.value.slice(1)));
  return twin.some((other) => other.kind === 'date' && (other.value === fact.value || other.value.startsWith(`${fact.value}-`)));
}

function oneWay(from: TwinSide, to: TwinSide, twinFacts: Fact[]): TwinDifference[] {
  const found = new Map<string, TwinDifference>();
  for (const section of from.sections) {
    for (const fact of extractFacts(`${section.title}\n${section.text}`)) {
      if (covered(fact, twinFacts)) continue;
      const k = key(fact);
      const difference = found.get(k) ?? { ...fact, file: from.file, sections: [], missingFrom: to.file };
      if (!difference.sections.some((s) => s.id === section.id)) difference.sections.push({ id: section.id, title: section.title });
      found.set(k, difference);
    }
  }
  return [...found.values()];
}

function allFacts(side: TwinSide): Fact[] {
  return side.sections.flatMap((section) => extractFacts(`${section.title}\n${section.text}`));
}

/** What each twin states that the other lacks, both ways. */
export function compareTwins(a: TwinSide, b: TwinSide): TwinDifference[] {
  return [...oneWay(a, b, allFacts(b)), ...oneWay(b, a, allFacts(a))];
}

export function formatTwinDifference(difference: TwinDifference): string {
  const where = difference.sections.map((s) => `"${s.title}" (#${s.id})`).join(', ');
  return `${difference.file} § ${where}: ${difference.kind} ${difference.value} is not in ${difference.missingFrom}`;
}
