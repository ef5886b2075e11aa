/**
 * The colours of the UI, light and dark. Kept as data so a test can check every text/background
 * pair against WCAG AA (jsdom cannot compute contrast, so axe's check is off in the DOM tests).
 */
export interface Palette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  onAccent: string;
  focus: string;
  delBg: string;
  delText: string;
  insBg: string;
  insText: string;
  warnBg: string;
  warnText: string;
  badgeBg: string;
  badgeText: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f4f5f7',
  text: '#1b1c1f',
  muted: '#4f5561',
  border: '#8a919c',
  accent: '#0b57d0',
  onAccent: '#ffffff',
  focus: '#0b57d0',
  delBg: '#fde8ea',
  delText: '#8c1022',
  insBg: '#e3f4e8',
  insText: '#0b5a27',
  warnBg: '#fff4d6',
  warnText: '#6b4100',
  badgeBg: '#e8eefb',
  badgeText: '#173a7a',
};

export const DARK: Palette = {
  bg: '#1c1d20',
  surface: '#26282c',
  text: '#ececef',
  muted: '#b4b9c2',
  border: '#7d838d',
  accent: '#8ab4f8',
  onAccent: '#0b1a33',
  focus: '#8ab4f8',
  delBg: '#4c1c23',
  delText: '#ffc9ce',
  insBg: '#17391f',
  insText: '#b8efc6',
  warnBg: '#3a2e12',
  warnText: '#ffd98f',
  badgeBg: '#263a5c',
  badgeText: '#d6e4ff',
};

/** Text on background pairs that must reach 4.5:1. */
export const TEXT_PAIRS: [keyof Palette, keyof Palette][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['onAccent', 'accent'],
  ['delText', 'delBg'],
  ['insText', 'insBg'],
  ['warnText', 'warnBg'],
  ['warnText', 'bg'],
  ['badgeText', 'badgeBg'],
];

/** Non-text pairs (focus ring, control borders) that must reach 3:1. */
export const UI_PAIRS: [keyof Palette, keyof Palette][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['border', 'bg'],
];

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The palette as CSS custom properties. */
export function paletteVars(p: Palette): string {
  return Object.entries(p)
    .map(([name, value]) => `--sl-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join(' ');
}
