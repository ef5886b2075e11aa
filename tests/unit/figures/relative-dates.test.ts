/**
 * Relative dates ("Tuesday", "last week", "yesterday", "the following day") date an event of the
 * story only where the page's own date, or the date the text gave before them, puts them on it.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildPageText } from '../../../utils/anchoring/page-text';
import { readPageDate } from '../../../utils/extract/page-date';
import { analyzePage } from '../../../utils/match/engine';
import type { DateMatch, PageDate } from '../../../utils/match/types';
import { miniIndex } from '../../fixtures/mini-corpus';

/** A fixture page as the browser gives it to the engine: its text, and its date or the day it is read. */
function datesOfPage(name: string, readOn: string): { pageDate: PageDate; dates: DateMatch[] } {
  const document = new JSDOM(readFileSync(new URL(`../../fixtures/page-dates/${name}`, import.meta.url), 'utf8')).window.document;
  const pageDate: PageDate = readPageDate(document, readOn) ?? { date: readOn, from: 'read' };
  const analysis = analyzePage(buildPageText(document.body).text, miniIndex(), { pageDate });
  expect(analysis.decision.isStory).toBe(true);
  return { pageDate, dates: analysis.dates };
}

const LEAD = 'Elon Musk said Stargate’s backers “don’t actually have the money”; Sam Altman replied: “Wrong, as you surely know.”\n';
function dates(body: string, pageDate: PageDate): DateMatch[] {
  const analysis = analyzePage(LEAD + body, miniIndex(), { pageDate });
  expect(analysis.decision.isStory).toBe(true);
  return analysis.dates;
}
const find = (found: DateMatch[], text: string) => found.find((d) => d.text === text)!;

describe('relative dates, read against the page’s date', () => {
  it('leaves "last week" plain in an article published months after the dispute', () => {
    const { pageDate, dates: found } = datesOfPage('last-week-may.html', '2026-12-03');
    expect(pageDate).toEqual({ date: '2025-05-14', from: 'json-ld' });
    expect(find(found, 'Last week')).toMatchObject({
      eventId: null,
      date: null,
      agreement: 'unknown',
      resolved: { date: '2025-05-05', until: '2025-05-11', from: 'json-ld' },
    });
    expect(find(found, 'Tuesday')).toMatchObject({ eventId: null, date: '2025-05-13', resolved: { date: '2025-05-13', from: 'json-ld' } });
  });

  it('ties "Tuesday" in an article of Wednesday 22 January 2025 to the launch of the 21st', () => {
    const { pageDate, dates: found } = datesOfPage('tuesday-dated.html', '2026-12-03');
    expect(pageDate).toEqual({ date: '2025-01-22', from: 'meta' });
    expect(find(found, 'Tuesday')).toMatchObject({
      eventId: 'ev.announcement',
      date: '2025-01-21',
      weekday: 'Tuesday',
      agreement: 'agrees',
      resolved: { date: '2025-01-21', from: 'meta' },
    });
  });

  it('leaves "Tuesday" plain in the same article without any date, read in 2026', () => {
    const { pageDate, dates: found } = datesOfPage('tuesday-undated.html', '2026-02-04');
    expect(pageDate).toEqual({ date: '2026-02-04', from: 'read' });
    expect(find(found, 'Tuesday')).toMatchObject({ eventId: null, date: '2026-02-03', resolved: { from: 'read' } });
  });

  it('ties a relative date a year later only to what its day falls on', () => {
    const { dates: found } = datesOfPage('anniversary-2026.html', '2026-12-03');
    for (const text of ['today', 'Tuesday', 'This week']) expect(find(found, text).eventId).toBeNull();
    expect(find(found, '22 January 2025').eventId).toBe('ev.musk-posts');
    // "hours later" counts from the date the text gave before it, not from the page's.
    expect(find(found, 'hours later')).toMatchObject({ eventId: 'ev.altman-reply', resolved: { date: '2025-01-22', from: 'text' } });
  });

  it('reads each kind of relative date from the page’s day', () => {
    const wednesday: PageDate = { date: '2025-01-22', from: 'dateline' };
    const found = dates('Yesterday, today, last Wednesday, next Friday, earlier this week, last month and last year.', wednesday);
    const resolved = Object.fromEntries(found.map((d) => [d.text, d.resolved]));
    expect(resolved).toEqual({
      Yesterday: { date: '2025-01-21', from: 'dateline' },
      today: { date: '2025-01-22', from: 'dateline' },
      'last Wednesday': { date: '2025-01-15', from: 'dateline' },
      'next Friday': { date: '2025-01-24', from: 'dateline' },
      'earlier this week': { date: '2025-01-20', until: '2025-01-22', from: 'dateline' },
      'last month': { date: '2024-12', from: 'dateline' },
      'last year': { date: '2024', from: 'dateline' },
    });
  });

  it('ties "last month" to an event of that month that the sentence speaks of', () => {
    const [d] = dates('Last month Musk wrote: “They don’t actually have the money.”', { date: '2025-02-05', from: 'meta' });
    expect(d).toMatchObject({ text: 'Last month', eventId: 'ev.musk-posts', date: '2025-01', agreement: 'agrees' });
  });

  it('without a page date given, counts from the dateline in the text, else from today', () => {
    const page = `By Ann Lee · January 22, 2025\n${LEAD}Trump announced the project at the White House on Tuesday.`;
    const tuesday = find(analyzePage(page, miniIndex()).dates, 'Tuesday');
    expect(tuesday).toMatchObject({ eventId: 'ev.announcement', resolved: { date: '2025-01-21', from: 'dateline' } });
    const undated = find(analyzePage(`${LEAD}Trump announced the project at the White House on Tuesday.`, miniIndex()).dates, 'Tuesday');
    expect(undated.resolved?.from).toBe('read');
  });
});

describe('absolute dates that are no event of the story', () => {
  const june: PageDate = { date: '2025-06-01', from: 'meta' };

  it('stay plain, whatever the words around them', () => {
    const found = dates(
      'On March 3, 2025, Musk again wrote that the partners lack the money.\nOn May 14, 2025, Altman replied to Musk once more: “Wrong, as you surely know.”\nThe White House announced another plan on 3 February 2025.',
      june,
    );
    expect(found.map((d) => [d.text, d.eventId])).toEqual([
      ['March 3, 2025', null],
      ['May 14, 2025', null],
      ['3 February 2025', null],
    ]);
  });

  it('still date an event a day off, as differing: a time zone or a slip', () => {
    const [d] = dates('On January 23, 2025, Altman replied to Musk: “Wrong, as you surely know.”', june);
    expect(d).toMatchObject({ eventId: 'ev.altman-reply', agreement: 'differs' });
  });
});
