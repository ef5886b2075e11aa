import { describe, expect, it } from 'vitest';
import { findMatch, noteGroups, speakersOf } from '../../../utils/report/notes';
import { sampleIndex, sampleReport } from '../../fixtures/sample-report';

describe('page notes', () => {
  it('groups occurrences of one utterance and keeps groups in the order the page first shows them', () => {
    const groups = noteGroups(sampleReport, sampleIndex);
    expect(groups.map((g) => g.key)).toEqual([
      'date:ev.announcement', 'quote:trump.largest', 'figure:fig.total-investment', 'figure:fig.initial-investment',
      'quote:musk.no-money', 'quote:musk.softbank-10b', 'quote:altman.wrong-reply', 'date:ev.altman-reply',
      'figure:f2',
    ]);
    const altman = groups.find((g) => g.key === 'quote:altman.wrong-reply')!;
    expect(altman.notes.map((n) => n.id)).toEqual(['q3', 'q4']);
    expect(altman.speaker).toBe('Sam Altman');
  });

  it('filters by speaker, leaving out figures and dates, and by kind', () => {
    const musk = noteGroups(sampleReport, sampleIndex, { speaker: 'Elon Musk', kind: 'all' });
    expect(musk.map((g) => g.title)).toEqual(['Musk doubts the money', 'Musk on what SoftBank has secured']);
    const figures = noteGroups(sampleReport, sampleIndex, { speaker: null, kind: 'figure' });
    expect(figures.flatMap((g) => g.notes.map((n) => n.text))).toEqual(['at least $500 billion', '$100 billion', '$19 billion']);
  });

  it('lists speakers in the order they are first quoted, and finds any match by id', () => {
    expect(speakersOf(sampleReport, sampleIndex)).toEqual(['Donald Trump', 'Elon Musk', 'Sam Altman']);
    expect(findMatch(sampleReport, 'd1')?.kind).toBe('date');
    expect(findMatch(sampleReport, 'nope')).toBeUndefined();
  });
});
