/**
 * The page's own date, as readPageDate finds it in the markup or, failing that, the text: what
 * "Tuesday" and "last week" in the article count from.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../utils/extract/page-date';
import { DATE_PAGES } from '../../fixtures/page-dates/markup';

const doc = (html: string) => new JSDOM(html).window.document;
const fixture = (name: string) => doc(readFileSync(new URL(`../../fixtures/page-dates/${name}`, import.meta.url), 'utf8'));
/** The day the tests read the pages on, for a dateline that prints no year. */
const TODAY = '2025-03-01';
const read = (name: keyof typeof DATE_PAGES, today = TODAY) => readPageDate(doc(DATE_PAGES[name]), today);

describe('reading the page’s own date', () => {
  it('takes an article’s datePublished from JSON-LD, in a @graph or an array, over a WebPage’s', () => {
    expect(read('jsonLdGraph')).toEqual({ date: '2025-01-21', from: 'json-ld' });
    expect(readPageDate(fixture('last-week-may.html'), TODAY)).toEqual({ date: '2025-05-14', from: 'json-ld' });
  });

  it('keeps the day as the publisher wrote it, whatever its time zone', () => {
    // 16:00 in New York on the 21st is already the 22nd in UTC; the article’s "today" is the 21st.
    expect(read('jsonLdGraph')?.date).toBe('2025-01-21');
  });

  it('falls back to a WebPage’s JSON-LD date only when nothing better is given', () => {
    expect(read('jsonLdWebPageOnly')).toEqual({ date: '2025-01-24', from: 'json-ld' });
  });

  it('reads the publication meta tags, written as ISO or out in words, and skips a broken JSON-LD block', () => {
    expect(readPageDate(fixture('tuesday-dated.html'), TODAY)).toEqual({ date: '2025-01-22', from: 'meta' });
    expect(readPageDate(fixture('february-follow-up.html'), TODAY)).toEqual({ date: '2025-02-05', from: 'meta' });
    expect(read('metaOgPublished')).toEqual({ date: '2025-01-22', from: 'meta' });
    expect(read('metaWrittenOut')).toEqual({ date: '2025-01-23', from: 'meta' });
    expect(read('brokenJsonLdThenMeta')).toEqual({ date: '2025-01-23', from: 'meta' });
  });

  it('reads a <time> marked as the publication’s or in the article’s header, never one in the running text', () => {
    expect(readPageDate(fixture('anniversary-2026.html'), TODAY)).toEqual({ date: '2026-01-21', from: 'time' });
    expect(read('timeInHeader')).toEqual({ date: '2025-01-23', from: 'time' });
    expect(read('timeOnlyInText')).toBeNull();
  });

  it('reads the dateline in the text: a wire dateline, a byline, "Published …"', () => {
    expect(read('wireDateline')).toEqual({ date: '2025-01-22', from: 'dateline' });
    expect(read('pipeDateline')).toEqual({ date: '2025-01-22', from: 'dateline' });
    expect(read('publishedLine')).toEqual({ date: '2025-01-22', from: 'dateline' });
    expect(read('updatedBeforePublished')).toEqual({ date: '2025-01-22', from: 'dateline' });
  });

  it('gives a dateline without a year the latest year that fits, its weekday included', () => {
    expect(read('wireDateline', '2026-12-03')).toEqual({ date: '2026-01-22', from: 'dateline' });
    // Only in 2025 did 22 January fall on a Wednesday.
    expect(read('weekdayDateline', '2026-12-03')).toEqual({ date: '2025-01-22', from: 'dateline' });
  });

  it('goes by the publication date when the page also gives later ones: JSON-LD over a modified time', () => {
    expect(read('conflicting')).toEqual({ date: '2025-01-22', from: 'json-ld' });
    expect(read('metaOverTime')).toEqual({ date: '2025-01-23', from: 'meta' });
  });

  it('takes a date the page says it was updated on only when it gives no other', () => {
    expect(read('modifiedOnly')).toEqual({ date: '2025-01-27', from: 'dateline' });
  });

  it('finds none on a page that gives none', () => {
    expect(read('none')).toBeNull();
    expect(readPageDate(fixture('tuesday-undated.html'), TODAY)).toBeNull();
  });

  it('works on any DOM', () => {
    const { document } = parseHTML(DATE_PAGES.conflicting);
    expect(readPageDate(document, TODAY)).toEqual({ date: '2025-01-22', from: 'json-ld' });
    expect(readPageDate(parseHTML(DATE_PAGES.timeInHeader).document, TODAY)).toEqual({ date: '2025-01-23', from: 'time' });
  });
});
