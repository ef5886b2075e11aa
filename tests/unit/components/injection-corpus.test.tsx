// @vitest-environment jsdom
/**
 * A corpus whose every display string carries a script- or style-injection payload, matched by
 * the real engine against a page whose text carries them too: every card, the sidebar and the
 * popup render them as text, and none of them becomes an element or an event handler.
 */
import { cleanup, render } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteCard } from '../../../components/NoteCard';
import { CorpusSchema, type Corpus } from '../../../utils/corpus/schema';
import { analyzePage, buildMatchIndex } from '../../../utils/match/engine';
import { buildPageReport, indexReport, summarizeReport } from '../../../utils/report/page-report';
import { miniCorpus } from '../../fixtures/mini-corpus';
import { FORBIDDEN_ELEMENTS, handlerAttributes, INJECTION_PAYLOADS } from '../../fixtures/injection-payloads';
import { renderPopup, SidebarHost } from './hosts';

/** Cycles through the payloads, so that together the fields carry every one of them. */
function payloadSource() {
  let i = 0;
  return (s: string) => `${s} ${INJECTION_PAYLOADS[i++ % INJECTION_PAYLOADS.length]}`;
}

/** The mini corpus with a payload added to every string a reader sees (the quoted words stay, so they still match). */
function injectionCorpus(): Corpus {
  const add = payloadSource();
  const c = structuredClone(miniCorpus);
  for (const s of c.sources) Object.assign(s, { outlet: add(s.outlet ?? ''), headline: add(s.headline ?? ''), author: add(''), publishedText: add(''), url: INJECTION_PAYLOADS[4] });
  for (const u of c.utterances) Object.assign(u, { speaker: add(u.speaker ?? ''), platform: add(u.platform ?? ''), handle: add(u.handle ?? ''), label: add(u.label) });
  for (const w of c.wordings) w.context = add(w.context);
  for (const f of c.figures) {
    f.measure = add(f.measure);
    for (const s of f.statements) s.context = add(s.context);
  }
  for (const e of c.events) {
    e.label = add(e.label);
    for (const s of e.statements) s.context = add(s.context);
  }
  for (const d of c.disagreements) {
    Object.assign(d, { topic: add(d.topic), summary: add(d.summary) });
    for (const p of d.positions) p.says = add(p.says);
  }
  return v.parse(CorpusSchema, c);
}

/** A story page whose own text wraps the quotes in payloads. */
const PAGE = [
  `Stargate: Musk and Altman ${INJECTION_PAYLOADS[0]}`,
  `The $500 billion Stargate venture of OpenAI, SoftBank, Oracle and MGX ${INJECTION_PAYLOADS[2]} drew fire from Elon Musk.`,
  `Musk wrote: “They don’t actually have the money ${INJECTION_PAYLOADS[1]}.” He added: “SoftBank has well under $10B secured. I have that on good authority.” ${INJECTION_PAYLOADS[6]}`,
  `Sam Altman replied: “Wrong, as you surely know. ${INJECTION_PAYLOADS[5]} Want to come visit the first site already under way?”`,
].join('\n');

function expectInert(root: Element): void {
  expect(Array.from(root.querySelectorAll(FORBIDDEN_ELEMENTS)).map((e) => e.outerHTML)).toEqual([]);
  expect(handlerAttributes(root)).toEqual([]);
  expect(root.querySelectorAll('style')).toHaveLength(0);
}

afterEach(cleanup);

describe('a corpus and a page full of injection payloads', () => {
  const corpus = injectionCorpus();
  const analysis = analyzePage(PAGE, buildMatchIndex(corpus));
  const report = buildPageReport(analysis, corpus, { url: 'https://news.example/x', title: `Stargate ${INJECTION_PAYLOADS[3]}`, analyzedAt: '2025-01-24T00:00:00.000Z' });
  const index = indexReport(report);

  it('is still a story page with quotes, so every view below has payloads to show', () => {
    expect(analysis.decision.isStory).toBe(true);
    expect(report.quotes.length).toBeGreaterThanOrEqual(3);
  });

  it('renders every card, the sidebar and the popup as text: no element, no handler, every payload readable', () => {
    const views = [
      ...[...report.quotes, ...report.figures, ...report.dates].map((match) => () => render(<NoteCard match={match} report={report} index={index} />)),
      () => render(<SidebarHost report={report} index={index} />),
      () => renderPopup({ tabId: 1, url: report.url, decision: report.decision, report, summary: summarizeReport(report), anchored: 3, disabledReason: null }),
    ];
    let shown = '';
    for (const view of views) {
      const { container, unmount } = view();
      expectInert(container);
      shown += container.textContent;
      unmount();
    }
    expect(INJECTION_PAYLOADS.filter((p) => !shown.includes(p))).toEqual([]);
  });
});
