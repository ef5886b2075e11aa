/**
 * The page's own date: when the article was published, which "Tuesday" and "last week" in its
 * text count from. Read, in this order of trust, from JSON-LD (`datePublished` of an article),
 * the publication meta tags, a `<time datetime>` marked as the publication's or standing outside
 * the running text, and last the dateline the text prints. Modification dates are never taken:
 * the text's relative dates were written when it was first published. Pure over any DOM
 * (the browser's, jsdom's, linkedom's), so it is tested in Node.
 */
import { buildPageText } from '../anchoring/page-text';
import { isCalendarDay, isoDay, todayIso } from '../figures/calendar';
import { readDates } from '../figures/date-read';
import { readDateline } from '../figures/dateline';
import type { PageDateSource } from '../match/types';
import { normalizeText } from '../text/normalize';

export interface FoundPageDate {
  /** YYYY-MM-DD, the day as the page states it (in the publisher's own time zone when it gives one). */
  date: string;
  from: Exclude<PageDateSource, 'read'>;
}

/** Where a page's markup gives its date: what a content script sends along with the page's text. */
export const MARKUP_DATE_SOURCES = ['json-ld', 'meta', 'time'] as const;
export type MarkupPageDate = FoundPageDate & { from: (typeof MARKUP_DATE_SOURCES)[number] };

/** schema.org types of an article; their `datePublished` is the page's date. */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'liveblogposting', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle', 'asknewsarticle', 'satiricalarticle',
  'techarticle', 'scholarlyarticle', 'report', 'socialmediaposting', 'discussionforumposting', 'posting',
]);

/** Publication meta tags (name, property or itemprop, lower case), most specific first. */
const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'article.published', 'parsely-pub-date', 'sailthru.date', 'publish-date', 'publishdate', 'pubdate',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'citation_publication_date', 'date',
];

/** A JSON-LD script bigger than this is not metadata; objects deeper than this are not looked at. */
const MAX_JSON_CHARS = 500_000;
const MAX_DEPTH = 8;

/** What a `<time>` or a class name says of a date that is not the first publication's. */
const LATER = /modif|updat|edit|revis|correct/i;
/** Running text: a `<time>` in it dates what the sentence tells, not the page. */
const RUNNING_TEXT = 'p, li, blockquote, td, dd, figcaption';
/** Where a page puts its own date. */
const BYLINE = 'header, [class*="byline"], [class*="dateline"], [class*="publish"], [class*="meta"], [rel="author"]';

/** "2025-01-22", "2025-01-22T09:00:00-05:00", "20250122", "January 22, 2025", "Wed, 22 Jan 2025 …" → YYYY-MM-DD. */
export function parseDateValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim().slice(0, 200);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s) ?? /^(\d{4})\/(\d{2})\/(\d{2})(?![\d])/.exec(s);
  if (iso) {
    const day = isoDay(+iso[1]!, +iso[2]!, +iso[3]!);
    return isCalendarDay(day) ? day : null;
  }
  // Written out: the first date with a year, a month and a day.
  const m = readDates(normalizeText(s)).find((d) => d.year && d.month && d.day);
  if (!m) return null;
  const day = isoDay(m.year, m.month, m.day);
  return isCalendarDay(day) ? day : null;
}

const typesOf = (node: Record<string, unknown>): string[] => {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
};

/** Every object in a JSON-LD value (arrays, `@graph`, nested entities), in document order. */
function collectObjects(value: unknown, out: Array<Record<string, unknown>>, depth = 0): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  for (const v of Object.values(node)) collectObjects(v, out, depth + 1);
}

function fromJsonLd(doc: Document): { article: string | null; other: string | null } {
  let other: string | null = null;
  for (const script of doc.querySelectorAll('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // a broken block says nothing; another may
    }
    const objects: Array<Record<string, unknown>> = [];
    collectObjects(data, objects);
    for (const node of objects) {
      const date = parseDateValue(typeof node.datePublished === 'string' ? node.datePublished : null);
      if (!date) continue;
      if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) return { article: date, other };
      other ??= date; // a WebPage's date: good only when no article and no meta tag gives one
    }
  }
  return { article: null, other };
}

function fromMeta(doc: Document): string | null {
  let best: { rank: number; date: string } | null = null;
  for (const el of doc.querySelectorAll('meta[content], [itemprop][content]')) {
    if (el.tagName.toUpperCase() === 'TIME') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const rank = META_KEYS.indexOf((el.getAttribute(attr) ?? '').trim().toLowerCase());
      if (rank < 0 || (best && best.rank <= rank)) continue;
      const date = parseDateValue(el.getAttribute('content'));
      if (date) best = { rank, date };
    }
  }
  return best?.date ?? null;
}

/**
 * A `<time datetime>`: marked as the publication's (itemprop, pubdate), else in a header or a
 * byline, else the first one outside the running text; never one that says it is a later edit.
 */
function fromTime(doc: Document): string | null {
  const times = [...doc.querySelectorAll('time[datetime]')].filter((t) => {
    const marks = `${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`;
    return !LATER.test(marks);
  });
  const ranked = [
    times.filter((t) => /datepublished/i.test(t.getAttribute('itemprop') ?? '') || t.hasAttribute('pubdate')),
    times.filter((t) => t.closest(BYLINE) !== null),
    times.filter((t) => t.closest(RUNNING_TEXT) === null),
  ];
  for (const group of ranked) {
    for (const t of group) {
      const date = parseDateValue(t.getAttribute('datetime'));
      if (date) return date;
    }
  }
  return null;
}

/** The page's date from its markup alone (the browser may read the dateline from a text it already has). */
export function readPageDateMarkup(doc: Document): MarkupPageDate | null {
  const jsonLd = fromJsonLd(doc);
  if (jsonLd.article) return { date: jsonLd.article, from: 'json-ld' };
  const meta = fromMeta(doc);
  if (meta) return { date: meta, from: 'meta' };
  if (jsonLd.other) return { date: jsonLd.other, from: 'json-ld' };
  const time = fromTime(doc);
  return time ? { date: time, from: 'time' } : null;
}

/**
 * The page's date, or null when neither its markup nor its text gives one (then the caller
 * takes the day the page is read). `today` gives a year to a dateline that prints none.
 */
export function readPageDate(doc: Document, today: string = todayIso()): FoundPageDate | null {
  const marked = readPageDateMarkup(doc);
  if (marked) return marked;
  if (!doc.body) return null;
  const date = readDateline(normalizeText(buildPageText(doc.body).text), today);
  return date ? { date, from: 'dateline' } : null;
}
