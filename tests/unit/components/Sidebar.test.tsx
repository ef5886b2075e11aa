// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { lookupIn } from '../../../utils/i18n/messages';
import { ENGLISH_MESSAGES } from '../../../utils/i18n/english';
import { createTranslator } from '../../../utils/i18n/translator';
import { SIDEBAR_WIDTH } from '../../../utils/storage/settings';
import { SidebarHost as Host } from './hosts';
import { textOf } from './text';

/** The body of a sidebar section, found by its heading's button. */
const sectionBody = (name: RegExp) =>
  document.getElementById(screen.getByRole('button', { name }).getAttribute('aria-controls')!)!;

const noteButtons = () => [...document.querySelectorAll('button.sl-note')].map(textOf);

afterEach(cleanup);

describe('sidebar', () => {
  it('is a named complementary landmark listing the page’s notes in page order, one group per utterance', () => {
    render(<Host />);
    expect(screen.getByRole('complementary', { name: 'Source Lens' })).not.toBeNull();
    expect(noteButtons()).toEqual([
      'Date, agrees: on Tuesday',
      'Reworded or re-translated: the largest AI infrastructure project in history',
      'Figure, differs: at least $500 billion',
      'Figure, agrees: $100 billion',
      'Exact quote: They don’t actually have the money.',
      'Close: a few words differ: SoftBank has well under $10 billion secured. I have that on good authority.',
      'Split by attribution: Wrong, as you surely know, … Want to come visit the first site already under way?',
      'Fragment of a longer quote: what is great for the country',
      'Date, agrees: on Wednesday',
      'Figure, not compared: $19 billion',
    ]);
    const altman = screen.getByRole('heading', { name: 'Altman answers: wrong, come visit the site' }).closest('li')!;
    expect(within(altman).getAllByRole('button')).toHaveLength(2);
  });

  it('filters the notes by speaker and by kind', () => {
    render(<Host />);
    fireEvent.change(screen.getByLabelText('Speaker'), { target: { value: 'Elon Musk' } });
    expect(noteButtons()).toEqual([
      'Exact quote: They don’t actually have the money.',
      'Close: a few words differ: SoftBank has well under $10 billion secured. I have that on good authority.',
    ]);
    expect(screen.getByRole('status').textContent).toBe('2 of 10 notes shown');
    fireEvent.change(screen.getByLabelText('Speaker'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'date' } });
    expect(noteButtons()).toEqual(['Date, agrees: on Tuesday', 'Date, agrees: on Wednesday']);
  });

  it('reports the chosen note, and shows its card once the host selects it', () => {
    const onSelect = vi.fn();
    const { rerender } = render(<Host onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /They don’t actually have the money/ }));
    expect(onSelect).toHaveBeenCalledWith('q1');
    rerender(<Host onSelect={onSelect} selectedId="q1" />);
    const button = screen.getByRole('button', { name: /They don’t actually have the money/ });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)!.querySelector('article')).not.toBeNull();
    expect(screen.getByRole('article', { name: 'Elon Musk' }).querySelector('h5')).not.toBeNull();
  });

  it('closes on Escape and moves focus in on open and back on close', () => {
    const onClose = vi.fn();
    const outside = document.body.appendChild(document.createElement('button'));
    outside.focus();
    const { rerender } = render(<Host onClose={onClose} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Source Lens' }));
    fireEvent.keyDown(screen.getByLabelText('Speaker'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(<Host onClose={onClose} open={false} />);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('resizes from the keyboard and by dragging its edge, within its limits', () => {
    const onResize = vi.fn();
    const { rerender } = render(<Host onResize={onResize} />);
    const edge = screen.getByRole('separator', { name: 'Resize the Source Lens sidebar' });
    expect(edge.getAttribute('aria-valuenow')).toBe('360');
    fireEvent.keyDown(edge, { key: 'ArrowLeft' });
    expect(onResize).toHaveBeenLastCalledWith(376);
    fireEvent.keyDown(edge, { key: 'End' });
    expect(onResize).toHaveBeenLastCalledWith(SIDEBAR_WIDTH.max);
    fireEvent.pointerDown(edge, { clientX: 500, button: 0, pointerId: 1 });
    fireEvent.pointerMove(edge, { clientX: 450, pointerId: 1 });
    expect(onResize).toHaveBeenLastCalledWith(410);
    fireEvent.pointerUp(edge, { clientX: 450, pointerId: 1 });
    fireEvent.pointerMove(edge, { clientX: 100, pointerId: 1 });
    expect(onResize).toHaveBeenLastCalledWith(410);
    rerender(<Host onResize={onResize} width={SIDEBAR_WIDTH.min} />);
    fireEvent.keyDown(edge, { key: 'ArrowRight' });
    expect(onResize).toHaveBeenLastCalledWith(SIDEBAR_WIDTH.min);
  });

  it('shows the story’s timeline with conflicting dates, and the figures table', () => {
    render(<Host />);
    const timeline = sectionBody(/Timeline of the story/);
    const reply = within(timeline).getByRole('heading', { name: 'Altman replies to Musk on X' }).closest('li')!;
    expect(textOf(reply)).toContain('The sources put this on different days.');
    expect(textOf(reply)).toContain('NationPress: the following day — Thursday, January 23, 2025 (another day)');
    const table = screen.getByRole('table', { name: /Each figure as each source states it/ });
    const total = within(table).getByRole('rowheader', { name: 'Stargate’s total planned investment' }).closest('tr')!;
    expect([...total.cells].map(textOf)).toEqual([
      'Stargate’s total planned investment', 'up to $500 billion', 'up to $500 billion', 'at least $500 billion',
      'a full half trillion', 'at least $500 billion (differs)',
    ]);
  });

  it('collapses a section with its heading’s button', () => {
    render(<Host />);
    const toggle = screen.getByRole('button', { name: /Timeline of the story/ });
    const body = sectionBody(/Timeline of the story/);
    expect(within(body).queryByRole('heading', { name: 'Altman replies to Musk on X' })).not.toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(within(body).queryByRole('heading', { name: 'Altman replies to Musk on X' })).toBeNull();
  });

  it('offers “Add this page to the corpus” at its foot when the host handles it, and not otherwise', () => {
    const onAddPage = vi.fn();
    const { rerender } = render(<Host />);
    expect(screen.queryByRole('button', { name: 'Add this page to the corpus' })).toBeNull();
    rerender(<Host onAddPage={onAddPage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add this page to the corpus' }));
    expect(onAddPage).toHaveBeenCalledTimes(1);
  });

  it('speaks the provider’s language: its root carries lang and dir, and a message’s parts follow the translator’s order', () => {
    const statement = ENGLISH_MESSAGES.card_event_statement!;
    const tr = createTranslator(
      'ar',
      lookupIn({
        ...ENGLISH_MESSAGES,
        ui_direction: { message: 'rtl' },
        card_event_statement: { ...statement, message: '$DATE$ ← $SOURCE$ «$WORDS$»' },
      }),
    );
    render(
      <I18nProvider translator={tr}>
        <Host />
      </I18nProvider>,
    );
    const sidebar = screen.getByRole('complementary');
    expect([sidebar.getAttribute('lang'), sidebar.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const reply = within(sectionBody(/Timeline of the story/)).getByRole('heading', { name: 'Altman replies to Musk on X' }).closest('li')!;
    const daily = within(reply).getByText('Daily Caller', { selector: '.sl-source' }).closest('li')!;
    expect(textOf(daily)).toBe(`${tr.date('2025-01-22')} ← Daily Caller «January 22, 2025»`);
  });
});
