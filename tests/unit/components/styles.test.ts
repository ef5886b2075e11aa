import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK, LIGHT, TEXT_PAIRS, UI_PAIRS } from '../../../components/palette';
import { MANAGER_PAGE_CSS, POPUP_PAGE_CSS, SHADOW_ROOT_CSS } from '../../../components/styles';

/** The selectors of every rule, comments dropped and media queries unwrapped. */
function selectors(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{/g, '');
  return [...plain.matchAll(/([^{}]+)\{[^{}]*\}/g)]
    .flatMap((m) => m[1]!.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('styles', () => {
  it.each([['light', LIGHT], ['dark', DARK]] as const)('gives %s text at least 4.5:1 and focus rings and borders 3:1', (_, palette) => {
    for (const [fg, bg] of TEXT_PAIRS) expect(contrastRatio(palette[fg], palette[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const [fg, bg] of UI_PAIRS) expect(contrastRatio(palette[fg], palette[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('styles nothing of the article around the sidebar: every rule is scoped to the extension', () => {
    const scoped = (s: string) => s.startsWith('.sl-') || s.startsWith(':where(.sl-root) ');
    expect(selectors(SHADOW_ROOT_CSS).filter((s) => !scoped(s) && s !== ':host')).toEqual([]);
    expect(selectors(POPUP_PAGE_CSS).filter((s) => !scoped(s) && !/^(html|body)$/.test(s))).toEqual([]);
    expect(selectors(MANAGER_PAGE_CSS).filter((s) => !scoped(s) && !s.startsWith(':where(.sl-manager) ') && !/^(html|body)$/.test(s))).toEqual([]);
  });

  it('answers the reader’s system preferences: dark, more contrast, forced colours, less motion', () => {
    for (const query of ['prefers-color-scheme: dark', 'prefers-contrast: more', 'forced-colors: active', 'prefers-reduced-motion: reduce']) {
      expect(SHADOW_ROOT_CSS).toContain(`@media (${query})`);
      expect(MANAGER_PAGE_CSS).toContain(`@media (${query})`);
    }
  });
});
