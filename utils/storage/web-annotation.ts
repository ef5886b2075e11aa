/**
 * A page's highlights as W3C Web Annotations (JSON-LD), so they can be kept or opened by any
 * tool that reads the standard (https://www.w3.org/TR/annotation-model/). Each match becomes one
 * Annotation with motivation "highlighting", a TextualBody saying what the corpus knows of it,
 * and a target per highlighted range selected twice: by quote with 32 characters of context
 * either side (survives edits of the page) and by position (fast and exact when nothing moved).
 */
import type { Corpus } from '../corpus/schema';
import type { FigureMatch, QuoteMatch, TextRange } from '../match/types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of page text kept before and after a quote to tell its occurrences apart. */
export const QUOTE_CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'describing';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created?: string;
  body: TextualBody;
  /** An array only for a quote split by attribution ("…," he added, "…"). */
  target: AnnotationTarget | AnnotationTarget[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The quote selector for `range` of `pageText`; the context never cuts a surrogate pair in half. */
export function quoteSelectorAt(pageText: string, range: TextRange): TextQuoteSelector {
  let prefixStart = Math.max(0, range.start - QUOTE_CONTEXT_CHARS);
  if (prefixStart > 0 && isLowSurrogate(pageText.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(pageText.length, range.end + QUOTE_CONTEXT_CHARS);
  if (suffixEnd < pageText.length && isHighSurrogate(pageText.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    type: 'TextQuoteSelector',
    exact: pageText.slice(range.start, range.end),
    prefix: pageText.slice(prefixStart, range.start),
    suffix: pageText.slice(range.end, suffixEnd),
  };
}

function targetFor(pageUrl: string, pageText: string, range: TextRange): AnnotationTarget {
  return {
    source: pageUrl,
    selector: [quoteSelectorAt(pageText, range), { type: 'TextPositionSelector', start: range.start, end: range.end }],
  };
}

/** FNV-1a, for annotation ids that stay the same when the same page is exported twice. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** What the corpus says of a quote, in a sentence: who said it, how close the page's words are. */
export function describeQuote(match: QuoteMatch, corpus?: Pick<Corpus, 'utterances'>): string {
  const utterance = corpus?.utterances.find((u) => u.id === match.utteranceId);
  const who = utterance ? `${utterance.speaker ?? 'A term'}${utterance.label ? ` (${utterance.label})` : ''}` : 'Quote';
  const said = utterance?.firstSaid ? `, first said ${utterance.firstSaid}${utterance.platform ? ` on ${utterance.platform}` : ''}` : '';
  return `${who}${said}. The page's words are a ${match.matchClass} match (${match.fidelity}, ${percent(match.score)} similar) of corpus utterance ${match.utteranceId}.`;
}

/** What the corpus says of a figure: which measure it is and whether the sources agree. */
export function describeFigure(match: FigureMatch, corpus?: Pick<Corpus, 'figures'>): string {
  if (match.figureId === null) return `Figure “${match.text}”: no figure of the corpus fits it.`;
  const figure = corpus?.figures.find((f) => f.id === match.figureId);
  const measure = figure ? `${figure.measure} (corpus figure ${match.figureId})` : `corpus figure ${match.figureId}`;
  const agreement =
    match.agreement === 'agrees'
      ? `agrees with ${match.agreeing.length} source${match.agreeing.length === 1 ? '' : 's'}`
      : match.agreement === 'differs'
        ? `differs from ${match.differing.map((s) => `“${s.text}” (${s.sourceId})`).join(', ')}`
        : 'cannot be compared with the sources';
  return `Figure “${match.text}”: ${measure}, a ${match.fidelity} match; it ${agreement}.`;
}

export interface PageHighlights {
  pageUrl: string;
  pageText: string;
  quotes: QuoteMatch[];
  figures: FigureMatch[];
  /** Gives the bodies speakers, labels and measures; ids alone without it. */
  corpus?: Pick<Corpus, 'utterances' | 'figures'>;
  /** ISO 8601 time of the export. */
  created?: string;
  title?: string;
}

/** The page's highlights as one AnnotationCollection, in page order. */
export function annotationsForPage(page: PageHighlights): AnnotationCollection {
  const annotation = (matchId: string, ranges: TextRange[], value: string): WebAnnotation => {
    const targets = ranges.map((r) => targetFor(page.pageUrl, page.pageText, r));
    return {
      id: `urn:source-lens:annotation:${shortHash(page.pageUrl)}:${matchId}`,
      type: 'Annotation',
      motivation: 'highlighting',
      ...(page.created ? { created: page.created } : {}),
      body: { type: 'TextualBody', value, format: 'text/plain', purpose: 'describing' },
      target: targets.length === 1 ? targets[0]! : targets,
    };
  };
  const items = [
    ...page.quotes.map((q) => ({ at: q.ranges[0]?.start ?? 0, item: annotation(q.id, q.ranges, describeQuote(q, page.corpus)) })),
    ...page.figures.map((f) => ({ at: f.range.start, item: annotation(f.id, [f.range], describeFigure(f, page.corpus)) })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.item);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `Source Lens highlights${page.title ? ` of “${page.title}”` : ''} (${page.pageUrl})`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

/** The collection as the JSON-LD text of a .jsonld file. */
export function serializeAnnotations(collection: AnnotationCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
