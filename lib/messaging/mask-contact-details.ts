/**
 * Hides email addresses and phone numbers in messages sent before a booking is confirmed, so that
 * the two sides cannot take the job (and the payment) off the platform. It errs towards masking
 * contact details, but leaves the numbers people legitimately send alone: prices, dates, times,
 * year and hour ranges, postcodes, references.
 */
export const CONTACT_PLACEHOLDER = "[hidden until booking is confirmed]";

interface Span {
  start: number;
  end: number;
}

const TLDS = "com|net|org|io|co|us|uk|ca|de|fr|es|it|nl|au|nz|ie|in|me|info|biz|edu|gov|app|dev|email|mail|online|site|xyz";
const AT = String.raw`(?:\s*@\s*|\s*[([{]\s*at\s*[)\]}]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+|\.)`;

const PLAIN_EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
// "jane (at) mail (dot) com", "jane at mail dot com", "jane @ mail.com": only with a known TLD, so
// ordinary sentences with "at" in them are not taken for addresses.
const OBFUSCATED_EMAIL = new RegExp(String.raw`\b[a-z0-9._%+-]+${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*?${DOT}(?:${TLDS})\b`, "gi");

// Numbers that look like phone digits but are not contact details. Matched first and kept apart.
const PROTECTED = [
  /[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?/g, // prices with a symbol
  /\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|cad|aud|dollars?|bucks|euros?|pounds?)\b/gi, // prices with a unit
  // Dates only when the groups stop there: "06.12.34.56.78" is a French phone number, not a date.
  /(?<!\d[-/.])\b\d{4}([-/.])\d{1,2}\1\d{1,2}\b(?![-/.]\d)/g, // 2024-03-15
  /(?<!\d[-/.])\b\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})\b(?![-/.]\d)/g, // 03/15/2024, 15.03.24
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/gi, // 10:30, 9:00 pm
  /\b(?:[01]\d|2[0-3])[0-5]\d\s?[-–]\s?(?:[01]\d|2[0-3])[0-5]\d\b/g, // 0900-1700
  /\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}\b/g, // 2023-2024
];

// Digits grouped by spaces, dashes, dots, slashes or parentheses, optionally after + or 00.
const PHONE_CANDIDATE = /(?<![\w$€£¥₹.,])\+?\s?\(?\d(?:[\s\-./()]{0,3}\d)+\)?(?![\w%])/g;
const DIGIT_WORDS: Record<string, string> = {
  zero: "0", oh: "0", o: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;

function spansOf(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with `spans` replaced by a character that is neither a digit, a letter nor a separator. */
function blank(text: string, spans: Span[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + "\u0001".repeat(end - start) + out.slice(end);
  return out;
}

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) return false;
  // A bare decimal amount ("12500.00") rather than digits grouped with dots.
  if (/^\d+\.\d{1,2}$/.test(candidate.trim())) return false;
  return true;
}

/** Runs of spelled-out digits ("five five five, one two three four"), possibly mixed with digits. */
function spelledNumberSpans(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = [...text.matchAll(/[a-z]+|\d+|[\s,.\-/()]+|[^a-z\d\s,.\-/()]+/gi)];
  let run: { start: number; end: number; digits: number; spelled: number } | null = null;
  const close = () => {
    if (run && run.spelled > 0 && run.digits >= MIN_PHONE_DIGITS) spans.push({ start: run.start, end: run.end });
    run = null;
  };
  for (const token of tokens) {
    const value = token[0];
    const word = DIGIT_WORDS[value.toLowerCase()];
    const isNumber = /^\d+$/.test(value);
    if (word || isNumber) {
      // A lone "o" only counts inside a run that is already going ("five o five").
      if (value.toLowerCase() === "o" && !run) continue;
      run ??= { start: token.index, end: token.index, digits: 0, spelled: 0 };
      run.end = token.index + value.length;
      run.digits += word ? 1 : value.length;
      if (word) run.spelled += 1;
    } else if (!/^[\s,.\-/()]+$/.test(value)) {
      close();
    }
  }
  close();
  return spans;
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Returns the text with contact details replaced by CONTACT_PLACEHOLDER, and whether any were. */
export function maskContactDetails(text: string): { text: string; masked: boolean } {
  const emails = merge([...spansOf(PLAIN_EMAIL, text), ...spansOf(OBFUSCATED_EMAIL, text)]);
  const protectedSpans = PROTECTED.flatMap((pattern) => spansOf(pattern, text));
  const work = blank(text, [...emails, ...protectedSpans]);

  const phones: Span[] = [];
  for (const match of work.matchAll(PHONE_CANDIDATE)) {
    if (!looksLikePhone(match[0])) continue;
    // Keep the whitespace the pattern allowed after a leading +; mask from the first symbol on.
    const lead = match[0].length - match[0].trimStart().length;
    phones.push({ start: match.index + lead, end: match.index + match[0].length });
  }
  const spelled = spelledNumberSpans(blank(work, phones));
  const masks = merge([...emails, ...phones, ...spelled]);
  if (masks.length === 0) return { text, masked: false };

  let out = "";
  let at = 0;
  for (const { start, end } of masks) {
    out += text.slice(at, start) + CONTACT_PLACEHOLDER;
    at = end;
  }
  return { text: out + text.slice(at), masked: true };
}
