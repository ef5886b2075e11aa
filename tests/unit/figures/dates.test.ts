import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/match/engine';
import type { DateMatch, PageDate } from '../../../utils/match/types';
import { miniIndex } from '../../fixtures/mini-corpus';

/** The pages below are of the dispute's week: weekdays count from Thursday 23 January 2025. */
const PAGE_OF_23_JANUARY: PageDate = { date: '2025-01-23', from: 'meta' };

function dates(body: string, pageDate: PageDate = PAGE_OF_23_JANUARY): DateMatch[] {
  const page = `Elon Musk and Sam Altman clashed over Stargate, the venture of OpenAI, SoftBank and Oracle.\n${body}`;
  const analysis = analyzePage(page, miniIndex(), { pageDate });
  expect(analysis.decision.isStory).toBe(true);
  return analysis.dates;
}

describe('dates', () => {
  it('reads full dates, month and day, month and year, and years', () => {
    const found = dates('It began on Jan 22, 2025. Then January 23 came. The report was from March 2024. OpenAI was founded in 2015.');
    expect(found.map((d) => d.date)).toEqual(['2025-01-22', '2025-01-23', '2024-03', '2015']);
    expect(found[0]!.weekday).toBe('Wednesday');
  });

  it('ties a weekday to the event the words around it name, and agrees when the day fits', () => {
    const [d] = dates('Trump announced the project at the White House on Tuesday.');
    expect(d).toMatchObject({ weekday: 'Tuesday', eventId: 'ev.announcement', date: '2025-01-21', agreement: 'agrees' });
  });

  it('says a weekday differs when the page’s date puts it a day off the event', () => {
    const page = 'Altman replied to Musk on Thursday: “Wrong, as you surely know.”';
    const [d] = dates(page);
    expect(d).toMatchObject({ weekday: 'Thursday', eventId: 'ev.altman-reply', agreement: 'differs' });
  });

  it('counts "the following day" from the date the text gave before it, else from the page’s date', () => {
    const after = dates('Trump announced the project on January 21. Altman replied to Musk the following day, writing “Wrong, as you surely know.”');
    expect(after.find((x) => x.text === 'the following day')).toMatchObject({ date: '2025-01-22', eventId: 'ev.altman-reply', resolved: { from: 'text' } });
    const alone = dates('Altman replied to Musk the following day, writing “Wrong, as you surely know.”', { date: '2025-05-14', from: 'json-ld' });
    expect(alone.find((x) => x.text === 'the following day')).toMatchObject({ date: '2025-05-15', eventId: null, agreement: 'unknown' });
  });

  it('ties an embedded post’s date to the post it dates', () => {
    const [d] = dates('They don’t actually have the money\n— Elon Musk (@elonmusk) January 22, 2025');
    expect(d).toMatchObject({ date: '2025-01-22', eventId: 'ev.musk-posts', agreement: 'agrees' });
  });

  it('leaves the page’s own date in its byline untied', () => {
    const found = dates('By Ann Lee · January 23, 2025\nMusk wrote: “They don’t actually have the money.”');
    expect(found[0]).toMatchObject({ text: 'January 23, 2025', date: '2025-01-23', eventId: null, agreement: 'unknown' });
    const published = dates('Published January 24, 2025. Altman replied to Musk: “Wrong, as you surely know.”');
    expect(published[0]).toMatchObject({ eventId: null, agreement: 'unknown' });
  });

  it('still dates an event the page says was posted on a day', () => {
    const [d] = dates('“They don’t actually have the money,” Musk posted on X on Wednesday.');
    expect(d).toMatchObject({ weekday: 'Wednesday', eventId: 'ev.musk-posts', agreement: 'agrees' });
  });

  it('goes by the quote and the day rather than the story’s names around the date', () => {
    const [d] = dates('Musk took aim at Stargate, the venture of OpenAI, SoftBank and Oracle, on Wednesday. “They don’t actually have the money,” he wrote.');
    expect(d).toMatchObject({ weekday: 'Wednesday', eventId: 'ev.musk-posts', agreement: 'agrees' });
  });

  it('does not read a name such as “Jun” as a month', () => {
    expect(dates('Analysis by Jun Park. Altman replied to Musk.').map((d) => d.text)).toEqual([]);
  });

  it('ties a date to an event by a quote only from the same paragraph', () => {
    const found = dates('Musk posted: “They don’t actually have the money.”\nCity officials said on Friday the new library would open later.');
    expect(found.find((d) => d.text === 'Friday')!.eventId).toBeNull();
  });

  it('prefers the event whose date the page’s date fits', () => {
    const [d] = dates('Musk and Altman founded OpenAI in 2015, long before Musk launched xAI.');
    expect(d).toMatchObject({ date: '2015', eventId: 'ev.openai-founded', agreement: 'agrees' });
  });
});

