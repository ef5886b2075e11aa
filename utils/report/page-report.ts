/**
 * A page's result as the UI sees it: the engine's matches plus exactly the corpus records they
 * refer to, so the content script and the popup never need the whole corpus.
 */
import type {
  Corpus,
  Disagreement,
  Figure,
  Source,
  StoryEvent,
  Utterance,
  Wording,
} from '../corpus/schema';
import type { DateMatch, FigureMatch, MatchClass, PageAnalysis, QuoteMatch, StoryDecision } from '../match/types';
import { corpusDateFormatter } from '../i18n/dates';

export interface ReportRecords {
  sources: Source[];
  utterances: Utterance[];
  wordings: Wording[];
  figures: Figure[];
  events: StoryEvent[];
  disagreements: Disagreement[];
}

export interface PageReport {
  url: string;
  title: string;
  analyzedAt: string;
  decision: StoryDecision;
  quotes: QuoteMatch[];
  figures: FigureMatch[];
  dates: DateMatch[];
  records: ReportRecords;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));

/** A story page on which nothing the corpus knows was found: no quote, no figure or date tied to it. */
export function foundNothing(report: Pick<PageReport, 'quotes' | 'figures' | 'dates'>): boolean {
  return report.quotes.length === 0 && report.figures.every((f) => f.figureId === null) && report.dates.every((d) => d.eventId === null);
}

/** Keeps the records the matches involve, and the disagreements that name any of them. */
export function buildPageReport(
  analysis: PageAnalysis,
  corpus: Corpus,
  page: { url: string; title: string; analyzedAt?: string },
): PageReport {
  const utteranceIds = new Set(analysis.quotes.map((q) => q.utteranceId));
  const figureIds = new Set(analysis.figures.flatMap((f) => (f.figureId ? [f.figureId] : [])));
  const eventIds = new Set(analysis.dates.flatMap((d) => (d.eventId ? [d.eventId] : [])));

  const wordings = corpus.wordings.filter((w) => utteranceIds.has(w.utteranceId));
  const wordingIds = new Set(wordings.map((w) => w.id));
  const figures = corpus.figures.filter((f) => figureIds.has(f.id));
  const events = corpus.events.filter(
    (e) => eventIds.has(e.id) || e.utteranceIds.some((id) => utteranceIds.has(id)),
  );
  for (const e of events) eventIds.add(e.id);

  const involved = (type: string, id: string) =>
    (type === 'utterance' && utteranceIds.has(id)) ||
    (type === 'wording' && wordingIds.has(id)) ||
    (type === 'figure' && figureIds.has(id)) ||
    (type === 'event' && eventIds.has(id));
  const disagreements = corpus.disagreements.filter((d) => d.records.some((r) => involved(r.type, r.id)));

  const sourceIds = new Set<string>();
  for (const w of wordings) sourceIds.add(w.sourceId);
  for (const f of figures) for (const s of f.statements) sourceIds.add(s.sourceId);
  for (const e of events) for (const s of e.statements) sourceIds.add(s.sourceId);
  for (const d of disagreements) for (const p of d.positions) for (const id of p.sourceIds) sourceIds.add(id);

  return {
    url: page.url,
    title: page.title,
    analyzedAt: page.analyzedAt ?? new Date().toISOString(),
    decision: analysis.decision,
    quotes: analysis.quotes,
    figures: analysis.figures,
    dates: analysis.dates,
    records: {
      sources: corpus.sources.filter((s) => sourceIds.has(s.id)),
      utterances: corpus.utterances.filter((u) => utteranceIds.has(u.id)),
      wordings,
      figures,
      events,
      disagreements,
    },
  };
}

/** Fast lookups over a report's records, built once per report by the UI. */
export interface ReportIndex {
  sources: Map<string, Source>;
  utterances: Map<string, Utterance>;
  wordings: Map<string, Wording>;
  figures: Map<string, Figure>;
  events: Map<string, StoryEvent>;
  wordingsByUtterance: Map<string, Wording[]>;
  /** How sources are named for the reader who will see them. */
  naming: SourceNaming;
}

export function indexReport(report: PageReport, naming: SourceNaming = ENGLISH_SOURCE_NAMING): ReportIndex {
  return indexRecords(report.records, naming);
}

/** The same lookups over any set of records, e.g. the whole corpus in the corpus manager. */
export function indexRecords(records: ReportRecords, naming: SourceNaming = ENGLISH_SOURCE_NAMING): ReportIndex {
  const wordingsByUtterance = new Map<string, Wording[]>();
  for (const w of records.wordings) {
    const list = wordingsByUtterance.get(w.utteranceId) ?? [];
    list.push(w);
    wordingsByUtterance.set(w.utteranceId, list);
  }
  return {
    naming,
    sources: byId(records.sources),
    utterances: byId(records.utterances),
    wordings: byId(records.wordings),
    figures: byId(records.figures),
    events: byId(records.events),
    wordingsByUtterance,
  };
}

/** How a source is named to the reader when the text does not name its outlet. */
/**
 * A source's name for a reader: its outlet where the text shows one; else its headline, shortened,
 * with its date; else its opening words (a source that prints neither outlet nor headline); never
 * an internal id.
 */
export function sourceLabel(source: Source, naming: SourceNaming = ENGLISH_SOURCE_NAMING): string {
  if (source.outlet) return source.outlet;
  const when = source.published ? naming.date(source.published) : naming.undated;
  if (source.headline) return naming.quoted(shorten(source.headline, 48), when);
  if (source.opening) return naming.quoted(shorten(source.opening, 40), when);
  if (source.url) return naming.withDate(hostOf(source.url), when);
  return naming.untitled(when);
}

/** The words a source's name is made of, in the reader's language (components/source-naming.ts). */
export interface SourceNaming {
  /** A publication date, short: "23 Jan 2025", "Jan 2025", "2025". */
  date(iso: string): string;
  undated: string;
  /** A headline or opening words and the date: “Musk And Altman Face Off…”, 23 Jan 2025. */
  quoted(text: string, when: string): string;
  /** A site and the date: news.example, 23 Jan 2025. */
  withDate(name: string, when: string): string;
  untitled(when: string): string;
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A publication date as short as the source gives it, formatted by the platform for a language. */
export function shortDateFormatter(locale: string): (iso: string) => string {
  const format = corpusDateFormatter(locale, {
    year: { year: 'numeric' },
    month: { month: 'short', year: 'numeric' },
    day: { day: 'numeric', month: 'short', year: 'numeric' },
  });
  return (iso) => format(iso) ?? iso;
}

/** English names, for the background's summaries and the tests; the UI passes the reader's. */
export const ENGLISH_SOURCE_NAMING: SourceNaming = {
  date: shortDateFormatter('en-GB'),
  undated: 'undated',
  quoted: (text, when) => `“${text}”, ${when}`,
  withDate: (name, when) => `${name}, ${when}`,
  untitled: (when) => `An untitled source, ${when}`,
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Disagreements that involve a given quote's utterance or wordings, or a figure. */
export function disagreementsFor(report: PageReport, ref: { utteranceId?: string; figureId?: string }): Disagreement[] {
  const wordingIds = new Set(
    report.records.wordings.filter((w) => w.utteranceId === ref.utteranceId).map((w) => w.id),
  );
  return report.records.disagreements.filter((d) =>
    d.records.some(
      (r) =>
        (r.type === 'utterance' && r.id === ref.utteranceId) ||
        (r.type === 'wording' && wordingIds.has(r.id)) ||
        (r.type === 'figure' && r.id === ref.figureId),
    ),
  );
}

export interface PageSummary {
  url: string;
  title: string;
  isStory: boolean;
  decision: StoryDecision;
  quoteCount: number;
  figureCount: number;
  dateCount: number;
  byClass: Record<MatchClass, number>;
  figuresAgreeing: number;
  figuresDiffering: number;
  /** Sources that carry at least one of the page's quotes or figures. */
  sources: { id: string; label: string; quotes: number; figures: number }[];
  /** Rows: corpus sources; columns: utterances found on the page; cell: that source's wording form or null. */
  coverage: {
    utterances: { id: string; label: string; speaker: string | null }[];
    rows: { sourceId: string; label: string; cells: (string | null)[] }[];
  };
  disagreements: Disagreement[];
}

export function summarizeReport(report: PageReport): PageSummary {
  const byClass: Record<MatchClass, number> = { exact: 0, close: 0, reworded: 0, fragment: 0, split: 0, translated: 0 };
  for (const q of report.quotes) byClass[q.matchClass] += 1;

  const foundUtterances = report.records.utterances.filter((u) => report.quotes.some((q) => q.utteranceId === u.id));
  const sources = report.records.sources.map((s) => {
    const quotes = new Set(
      report.records.wordings.filter((w) => w.sourceId === s.id).map((w) => w.utteranceId),
    ).size;
    const figures = report.records.figures.filter((f) => f.statements.some((st) => st.sourceId === s.id)).length;
    return { id: s.id, label: sourceLabel(s), quotes, figures };
  });
  const rows = report.records.sources.map((s) => ({
    sourceId: s.id,
    label: sourceLabel(s),
    cells: foundUtterances.map(
      (u) => report.records.wordings.find((w) => w.sourceId === s.id && w.utteranceId === u.id)?.form ?? null,
    ),
  }));

  return {
    url: report.url,
    title: report.title,
    isStory: report.decision.isStory,
    decision: report.decision,
    quoteCount: report.quotes.length,
    figureCount: report.figures.length,
    dateCount: report.dates.length,
    byClass,
    figuresAgreeing: report.figures.filter((f) => f.agreement === 'agrees').length,
    figuresDiffering: report.figures.filter((f) => f.agreement === 'differs').length,
    sources: sources.filter((s) => s.quotes + s.figures > 0),
    coverage: {
      utterances: foundUtterances.map((u) => ({ id: u.id, label: u.label, speaker: u.speaker })),
      rows: rows.filter((r) => r.cells.some((c) => c !== null)),
    },
    disagreements: disagreementsTouchingNotes(report),
  };
}

/**
 * The disagreements about what this page's notes show: a quote found on it (or one of that
 * quote's wordings), a figure it prints, an event one of its dates was tied to. The report also
 * keeps those of events reached only through a quote's context; the sidebar shows them, the
 * popup's one-screen summary does not.
 */
export function disagreementsTouchingNotes(report: PageReport): Disagreement[] {
  const utterances = new Set(report.quotes.map((q) => q.utteranceId));
  const wordings = new Set(report.records.wordings.filter((w) => utterances.has(w.utteranceId)).map((w) => w.id));
  const figures = new Set(report.figures.flatMap((f) => (f.figureId ? [f.figureId] : [])));
  const events = new Set(report.dates.flatMap((d) => (d.eventId ? [d.eventId] : [])));
  const touches = (type: string, id: string) =>
    (type === 'utterance' && utterances.has(id)) ||
    (type === 'wording' && wordings.has(id)) ||
    (type === 'figure' && figures.has(id)) ||
    (type === 'event' && events.has(id));
  return report.records.disagreements.filter((d) => d.records.some((r) => touches(r.type, r.id)));
}
