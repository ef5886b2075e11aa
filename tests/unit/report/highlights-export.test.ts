import { describe, expect, it } from 'vitest';
import { highlightsExport } from '../../../utils/report/highlights-export';
import { notesFromAnnotations } from '../../../utils/storage/annotation-notes';
import { parseWebAnnotations } from '../../../utils/storage/web-annotation-parse';
import { PAGE_TEXT, sampleReport } from '../../fixtures/sample-report';

const page = { url: 'https://news.example/stargate', title: 'Stargate money', text: PAGE_TEXT, report: sampleReport };

describe('a page’s highlights exported for download', () => {
  it('holds one Web Annotation per quote and figure, over the text the engine read', () => {
    const exported = highlightsExport(page, '2025-02-01T10:00:00.000Z');
    expect(exported.count).toBe(sampleReport.quotes.length + sampleReport.figures.length);
    const read = parseWebAnnotations(exported.json);
    if (!read.ok) throw new Error(read.message);
    const first = sampleReport.quotes[0]!;
    const anchor = read.anchors.find((a) => a.start === first.ranges[0]!.start)!;
    expect(anchor.exact).toBe(PAGE_TEXT.slice(first.ranges[0]!.start, first.ranges[0]!.end));
    expect(JSON.parse(exported.json).label).toBe('Source Lens highlights of “Stargate money” (https://news.example/stargate)');
  });

  it('comes back as notes on the quotes’ utterances and the known figures (the round trip of the manager’s import)', () => {
    const { json } = highlightsExport(page, '2025-02-01T10:00:00.000Z');
    const read = notesFromAnnotations(json, sampleReport.records);
    if (!read.ok) throw new Error(read.message);
    expect(read.entries.filter((e) => e.target.type === 'utterance')).toHaveLength(sampleReport.quotes.length);
    const knownFigures = sampleReport.figures.filter((f) => f.figureId !== null);
    expect(read.entries.filter((e) => e.target.type === 'figure').map((e) => e.target.id)).toEqual(knownFigures.map((f) => f.figureId));
    expect(read.skipped).toHaveLength(sampleReport.figures.length - knownFigures.length);
  });

  it('is empty before anything was shown', () => {
    expect(highlightsExport(null, '2025-02-01T10:00:00.000Z')).toEqual({ json: '', count: 0 });
  });
});
