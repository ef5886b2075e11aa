// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotatorApp, type AnnotatorAppProps } from '../../../components/AnnotatorApp';
import { I18nProvider } from '../../../components/i18n';
import { lookupIn } from '../../../utils/i18n/messages';
import { ENGLISH_MESSAGES } from '../../../utils/i18n/english';
import { createTranslator } from '../../../utils/i18n/translator';
import { sampleIndex, sampleReport } from '../../fixtures/sample-report';
import { textOf } from './text';

const noop = () => {};
const app = (props: Partial<AnnotatorAppProps>) => (
  <AnnotatorApp
    report={sampleReport}
    index={sampleIndex}
    anchoredIds={['q1']}
    card={null}
    sidebar={{ open: false, width: 360 }}
    viewport={{ width: 1200, height: 800 }}
    onCardEnter={noop}
    onCardLeave={noop}
    onDismissCard={noop}
    onSelect={noop}
    onSidebarOpenChange={noop}
    onSidebarResize={noop}
    {...props}
  />
);

afterEach(cleanup);

describe('annotator launcher and card', () => {
  it('counts the notes on the launcher in one plural message, and says plainly when there are none', () => {
    const { rerender } = render(app({ anchoredIds: ['q1'] }));
    const launcher = () => document.querySelector('.sl-launcher')!;
    expect(textOf(launcher())).toBe('❝ Source Lens · 1 note');
    expect(launcher().getAttribute('aria-label')).toBe('Open the Source Lens sidebar: 1 note on this page');
    rerender(app({ anchoredIds: ['q1', 'q2', 'f0'] }));
    expect(textOf(launcher())).toBe('❝ Source Lens · 3 notes');
    rerender(app({ anchoredIds: [] }));
    expect(textOf(launcher())).toBe('❝ Source Lens · nothing from the corpus');
    expect(launcher().getAttribute('aria-label')).toBe('Open the Source Lens sidebar: nothing from the corpus was found on this page');
  });

  it('gives the hover card the language and direction of the interface', () => {
    const tr = createTranslator('ar', lookupIn({ ...ENGLISH_MESSAGES, ui_direction: { message: 'rtl' } }));
    render(
      <I18nProvider translator={tr}>
        {app({ card: { matchId: 'q1', rect: { top: 100, left: 100, bottom: 120, right: 300 } } })}
      </I18nProvider>,
    );
    const card = screen.getByRole('dialog', { name: 'Source Lens card' });
    expect([card.getAttribute('lang'), card.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(card.querySelector('article.sl-quote-card')).not.toBeNull();
  });
});
