// @vitest-environment jsdom
/**
 * The popup, the sidebar and the cards in each language of the interface, from the real messages
 * files: none of their own English sentences is left, Arabic is laid out right to left, and the
 * page's quotes stay exactly as printed.
 */
import { cleanup, render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { NoteCard } from '../../../components/NoteCard';
import { PopupSummary } from '../../../components/PopupSummary';
import { UI_LOCALES } from '../../../utils/i18n/locales';
import { lookupIn, type MessagesFile } from '../../../utils/i18n/messages';
import { createTranslator } from '../../../utils/i18n/translator';
import { storyTabState, sampleIndex, sampleReport } from '../../fixtures/sample-report';
import { SidebarHost } from './hosts';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');
const read = (folder: string): MessagesFile => JSON.parse(readFileSync(resolve(LOCALES, folder, 'messages.json'), 'utf8'));
const english = read('en');

/** English sentences of our own, cut at their placeholders: pieces long enough to be telling. */
const data = JSON.stringify(sampleReport);
const englishPieces = [...new Set(
  Object.values(english).flatMap((e) => e.message.split(/\$[A-Za-z0-9_@]+\$/).map((p) => p.trim()).filter((p) => p.length >= 12 && / [a-z]/.test(p))),
  // The corpus's own words (labels, topics, summaries) are data, in English whatever the reader's language.
)].filter((piece) => !data.includes(piece));

afterEach(cleanup);

function renderAll(tag: string, folder: string): Element {
  const tr = createTranslator(tag, lookupIn(read(folder)));
  const quote = sampleReport.quotes[0]!;
  const figure = sampleReport.figures[0]!;
  const { container } = render(
    <I18nProvider translator={tr}>
      <PopupSummary state={storyTabState} settings={{ enabled: true, siteEnabled: true }} hostname="news.example"
        onOpenSidebar={vi.fn()} onSetSiteEnabled={vi.fn()} onSetGlobalEnabled={vi.fn()} onAddPage={vi.fn()} onOpenManager={vi.fn()} />
      <SidebarHost />
      <NoteCard match={quote} report={sampleReport} index={sampleIndex} />
      <NoteCard match={figure} report={sampleReport} index={sampleIndex} />
    </I18nProvider>,
  );
  container.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
  return container;
}

describe.each(UI_LOCALES.filter((l) => l.tag !== 'en'))('the interface in $tag', ({ tag, folder }) => {
  it('leaves none of its own English sentences in the popup, sidebar and cards', () => {
    const text = renderAll(tag, folder).textContent ?? '';
    expect(englishPieces.filter((piece) => text.includes(piece))).toEqual([]);
  });

  it('lays out in its own direction, and keeps the page’s quote as printed', () => {
    const container = renderAll(tag, folder);
    const roots = [...container.querySelectorAll('.sl-root')];
    expect(roots.length).toBeGreaterThan(0);
    for (const root of roots) expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual([tag, tag === 'ar' ? 'rtl' : 'ltr']);
    expect(container.textContent).toContain(sampleReport.quotes[0]!.pageText.slice(0, 40));
  });
});
