import { describe, expect, it } from 'vitest';
import { datesCompatible, figureTable, storyTimeline } from '../../../utils/report/story-tables';
import { sampleIndex, sampleReport } from '../../fixtures/sample-report';

describe('story tables', () => {
  it('orders the timeline by date and flags the sources that put an event on another day', () => {
    const timeline = storyTimeline(sampleReport, sampleIndex);
    expect(timeline.map((e) => e.event.id)).toEqual(['ev.announcement', 'ev.altman-reply', 'ev.musk-posts']);
    const reply = timeline[1]!;
    expect(reply.conflicting).toBe(true);
    expect(reply.statements.filter((s) => s.differs).map((s) => s.text)).toEqual(['the following day', 'Thursday']);
    expect(timeline[0]!.conflicting).toBe(false);
  });

  it('treats a less precise date as fitting a more precise one', () => {
    expect(datesCompatible('2025-01', '2025-01-22')).toBe(true);
    expect(datesCompatible('2025-01-23', '2025-01-22')).toBe(false);
  });

  it('lays figures out against every source that states one, with the page’s value', () => {
    const table = figureTable(sampleReport, sampleIndex);
    expect(table.columns.map((c) => c.sourceId)).toEqual(['src.000', 'src.001', 'src.003', 'src.004']);
    const total = table.rows.find((r) => r.figure.id === 'fig.total-investment')!;
    expect(total.cells.map((c) => c.map((s) => s.text).join())).toEqual([
      'up to $500 billion', 'up to $500 billion', 'at least $500 billion', 'a full half trillion',
    ]);
    expect(total.page.map((m) => m.text)).toEqual(['at least $500 billion']);
    const initial = table.rows.find((r) => r.figure.id === 'fig.initial-investment')!;
    expect(initial.cells[2]).toEqual([]);
  });
});
