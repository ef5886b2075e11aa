import { describe, expect, it } from 'vitest';
import type { FigureMatch, QuoteMatch, TextRange } from '../../../utils/match/types';
import { isSamePage, reanchor } from '../../../utils/storage/reanchor';
import {
  ANNOTATION_CONTEXT,
  annotationsForPage,
  quoteSelectorAt,
  serializeAnnotations,
  type AnnotationTarget,
  type WebAnnotation,
} from '../../../utils/storage/web-annotation';
import { parseWebAnnotations } from '../../../utils/storage/web-annotation-parse';
import { curatedCorpus } from './helpers/corpus-fixture';

const URL = 'https://news.example.com/stargate-feud';
const QUOTE = 'They don’t actually have the money';
const PAGE =
  'Stargate plans to invest up to $500 billion over four years.\n' +
  `Musk replied on X: “${QUOTE},” and later repeated that they lack the money.\n` +
  'Altman answered the next day.';

const rangeOf = (text: string, part: string, from = 0): TextRange => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};

function quoteMatch(ranges: TextRange[], id = 'q0'): QuoteMatch {
  return {
    kind: 'quote', id, matchClass: 'exact', fidelity: 'exact', ranges, utteranceId: 'musk.no-money', score: 1,
    wordings: [], pageText: ranges.map((r) => PAGE.slice(r.start, r.end)).join(' … '),
  };
}

const figure: FigureMatch = {
  kind: 'figure', id: 'f0', range: rangeOf(PAGE, 'up to $500 billion'), text: 'up to $500 billion', value: 5e11, unit: 'USD',
  qualifier: 'up to', figureId: 'fig.total-investment', fidelity: 'exact', agreement: 'differs', agreeing: [],
  differing: [{ sourceId: 'src.001', text: 'at least $500 billion', value: 5e11, qualifier: 'at least' }],
};

const exported = () =>
  annotationsForPage({ pageUrl: URL, pageText: PAGE, quotes: [quoteMatch([rangeOf(PAGE, QUOTE)])], figures: [figure], corpus: curatedCorpus() });

const targetsOf = (a: WebAnnotation): AnnotationTarget[] => (Array.isArray(a.target) ? a.target : [a.target]);

describe('exporting highlights as Web Annotations', () => {
  it('writes one highlighting annotation per match, in page order, selected by quote and by position', () => {
    const collection = exported();
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.total).toBe(2);
    const [first, second] = collection.first.items;
    expect(first!.body.value).toMatch(/^Figure “up to \$500 billion”: Stargate’s total planned investment .*differs from “at least \$500 billion” \(src\.001\)/);
    expect(second!.motivation).toBe('highlighting');
    expect(second!.body.value).toMatch(/^Elon Musk \(Musk doubts the money\), first said 2025-01-22 on X\. .*exact match .* musk\.no-money/);
    const target = targetsOf(second!)[0]!;
    expect(target.source).toBe(URL);
    const [quote, position] = target.selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: QUOTE, prefix: 'four years.\nMusk replied on X: “', suffix: ',” and later repeated that they ' });
    expect(position).toEqual({ type: 'TextPositionSelector', ...rangeOf(PAGE, QUOTE) });
  });

  it('gives a quote split by attribution one target per part', () => {
    const parts = [rangeOf(PAGE, 'They don’t'), rangeOf(PAGE, 'have the money')];
    const [annotation] = annotationsForPage({ pageUrl: URL, pageText: PAGE, quotes: [quoteMatch(parts)], figures: [] }).first.items;
    expect(targetsOf(annotation!).map((t) => t.selector[0].exact)).toEqual(['They don’t', 'have the money']);
  });

  it('never cuts an emoji in half at the edge of the context', () => {
    const text = `${'🇺🇸'.repeat(20)}put first`;
    const selector = quoteSelectorAt(text, rangeOf(text, 'put first'));
    expect(selector.prefix.length).toBeLessThanOrEqual(32);
    expect(selector.prefix).toMatch(/^(🇺🇸)+$/u);
  });
});

describe('reading annotations back and finding the highlights again', () => {
  it('finds every highlight at its old place on the unchanged page', () => {
    const read = parseWebAnnotations(serializeAnnotations(exported()));
    if (!read.ok) throw new Error(read.message);
    expect(read.anchors.map((a) => reanchor(a, PAGE))).toEqual([
      { ...figure.range, method: 'position' },
      { ...rangeOf(PAGE, QUOTE), method: 'position' },
    ]);
  });

  it('follows the quote when the page gained text above it', () => {
    const read = parseWebAnnotations(serializeAnnotations(exported()));
    if (!read.ok) throw new Error(read.message);
    const changed = `Updated: a correction was added.\n${PAGE}`;
    expect(reanchor(read.anchors[1]!, changed)).toEqual({ ...rangeOf(changed, QUOTE), method: 'quote' });
  });

  it('uses the context to pick the right one of several occurrences', () => {
    const text = `Some said “${QUOTE}” in jest. Musk replied on X: “${QUOTE},” and later repeated it.`;
    const second = rangeOf(text, QUOTE, text.indexOf('Musk'));
    const anchor = { ...quoteSelectorAt(text, second), start: null, end: null };
    expect(reanchor(anchor, text)).toEqual({ ...second, method: 'quote' });
    expect(reanchor(anchor, text.replaceAll(QUOTE, 'They have the money'))).toBeNull();
  });

  it('reads a lone Annotation or a list of them, ignoring selectors it does not know', () => {
    const annotation = {
      '@context': ANNOTATION_CONTEXT, id: 'urn:x:1', type: 'Annotation', body: 'mine',
      target: { source: `${URL}#top`, selector: [{ type: 'CssSelector', value: 'p' }, { type: 'TextQuoteSelector', exact: 'four years' }] },
    };
    for (const file of [annotation, [annotation]]) {
      const read = parseWebAnnotations(JSON.stringify(file));
      expect(read).toEqual({ ok: true, anchors: [{ annotationId: 'urn:x:1', source: `${URL}#top`, exact: 'four years', prefix: '', suffix: '', start: null, end: null, body: 'mine' }] });
    }
    expect(isSamePage(`${URL}#top`, URL)).toBe(true);
  });

  it('says what is wrong and where', () => {
    const bad = (file: unknown) => {
      const read = parseWebAnnotations(typeof file === 'string' ? file : JSON.stringify(file));
      if (read.ok) throw new Error('accepted');
      return read.message;
    };
    const collection = exported();
    expect(bad('{"type": "Annotation",\n  "target": }')).toMatch(/line 2, column 13/);
    expect(bad({ format: 'source-lens-corpus' })).toMatch(/not a Web Annotation file/);
    const noQuote = structuredClone(collection);
    targetsOf(noQuote.first.items[1]!)[0]!.selector.splice(0, 1);
    expect(bad(noQuote)).toMatch(/first\.items\[1\]\.target: no TextQuoteSelector/);
    const negative = structuredClone(collection);
    targetsOf(negative.first.items[0]!)[0]!.selector[1].start = -4;
    expect(bad(negative)).toMatch(/first\.items\[0\]\.target\.selector\[1\]\.start: cannot be negative/);
    expect(bad(serializeAnnotations(collection).replace('"motivation"', '"__proto__": {}, "motivation"'))).toMatch(/__proto__: the key is not allowed/);
  });
});
