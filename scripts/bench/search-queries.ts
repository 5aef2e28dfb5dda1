/**
 * The fixed query mix of npm run bench:search, as the query strings a browser would send to
 * GET /api/providers. Words come from the same trades the scale seed writes, so queries hit.
 */
import { DateTime } from "luxon";
import { placeRows } from "../../lib/search/places";
import { DEFAULT_CATEGORY_TREE } from "../../prisma/seed/categories";
import { TRADES } from "../../prisma/seed/demo-catalog";
import { pick } from "./stats";

export const KINDS = ["text", "typo", "geo", "text+geo+filters", "availability"] as const;
export type Kind = (typeof KINDS)[number];
export type SearchQuery = Record<string, string>;

const STOP = new Set(["and", "the", "for", "with", "hours", "services", "lessons", "session", "minutes"]);
/** Words customers type: trade names and service names, lower-cased, stop words and short words out. */
const wordsOf = (texts: string[]) => [...new Set(texts.flatMap((text) => text.toLowerCase().split(/[^a-z]+/)))].filter((w) => w.length >= 4 && !STOP.has(w));
const WORDS = wordsOf(TRADES.flatMap((t) => [...t.trade, ...t.services.map((s) => s.name)]));
/** One- and two-word phrases as written: "deep clean", "dog walking", "plumbing". */
const PHRASES = [...new Set(TRADES.flatMap((t) => [...t.trade, ...t.services.map((s) => s.name.replace(/\s*\(.*\)$/, ""))]).map((text) => text.toLowerCase()))]
  .filter((phrase) => phrase.split(" ").length <= 2);
const TYPO_SOURCES = WORDS.filter((word) => word.length >= 6);
const PLACES = placeRows().map((place) => place.name);
const PARENT_OF = Object.fromEntries(DEFAULT_CATEGORY_TREE.flatMap((node) => (node.children ?? []).map((child) => [child.slug, node.slug])));
const LEAVES = DEFAULT_CATEGORY_TREE.flatMap((node) => (node.children ?? []).map((child) => child.slug));

/** One edit a hurried customer makes: a letter dropped, doubled or two swapped (never the first). */
function typo(random: () => number, word: string): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0: return word.slice(0, at) + word.slice(at + 1);
    case 1: return word.slice(0, at) + word[at] + word.slice(at);
    default: return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

/** A local date a few days ahead with the given ISO weekday, past every service's notice period. */
function nextWeekday(weekday: number, now: number): string {
  let day = DateTime.fromMillis(now, { zone: "utc" }).plus({ days: 3 }).startOf("day");
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

export function queryFor(kind: Kind, random: () => number, now: number): SearchQuery {
  const near = pick(random, PLACES);
  switch (kind) {
    case "text":
      return { q: pick(random, PHRASES) };
    case "typo":
      return { q: typo(random, pick(random, TYPO_SOURCES)) };
    case "geo":
      return { near, radiusKm: "10" };
    case "text+geo+filters": {
      // A word and a category of the same trade ("hedge" in gardening or in home), as a customer narrows.
      const trade = pick(random, TRADES);
      const words = wordsOf([...trade.trade, ...trade.services.map((s) => s.name)]);
      const category = random() < 0.5 ? PARENT_OF[trade.categorySlug] : trade.categorySlug;
      const query: SearchQuery = { q: pick(random, words), near, radiusKm: "10", category };
      if (random() < 0.5) query.maxPrice = String(pick(random, [10000, 15000, 20000]));
      if (random() < 0.5) query.minRating = "4";
      if (random() < 0.3) query.verified = "true";
      if (random() < 0.3) query.instant = "true";
      return query;
    }
    case "availability": {
      // Saturday or Sunday morning, or a weekday afternoon: "who is free then, near me".
      const [weekday, window] = pick(random, [[6, "09:00/12:00"], [7, "10:00/13:00"], [3, "14:00/17:00"]] as const);
      const query: SearchQuery = { near, radiusKm: "10", available: `${nextWeekday(weekday, now)}T${window}` };
      if (random() < 0.5) query.category = pick(random, LEAVES);
      return query;
    }
  }
}
