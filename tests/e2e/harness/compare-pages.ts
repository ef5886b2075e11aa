/**
 * Compares one page loaded in a browser without the extension and in the same browser with it:
 * the page's own elements must keep their boxes, and its text must stay the same. The hostile
 * pages expose `window.__probe` (tests/e2e/pages/hostile/instrument.js) so that a page that
 * breaks the DOM's own functions cannot break the measurement.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './suite';
import type { PageDriver } from './driver';

const INSTRUMENT = readFileSync(resolve(ROOT, 'tests/e2e/pages/hostile/instrument.js'), 'utf8');

/** Layout differences below this are rounding, not a moved element. */
export const SUBPIXEL_PX = 0.5;

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Probe {
  boxes(stride: number): string;
  text(): string;
  count(selector: string): number;
  mutations(): string;
}
type ProbeWindow = Window & { __probe?: Probe };

/** Pages we cannot add a script to (text/plain, framesets) get the instrument afterwards. */
export async function ensureProbe(page: PageDriver): Promise<void> {
  if (!(await page.evaluate(() => !!(window as ProbeWindow).__probe))) await page.evaluateScript(INSTRUMENT);
}

export const probeCount = (page: PageDriver, selector: string) =>
  page.evaluate((s: string) => (window as ProbeWindow).__probe!.count(s), selector);
export const probeText = (page: PageDriver) => page.evaluate(() => (window as ProbeWindow).__probe!.text());
export const probeMutations = (page: PageDriver) => page.evaluate(() => (window as ProbeWindow).__probe!.mutations());

async function boxesOf(page: PageDriver, stride: number): Promise<Map<string, Box>> {
  const lines = await page.evaluate((s: number) => (window as ProbeWindow).__probe!.boxes(s), stride);
  const boxes = new Map<string, Box>();
  for (const line of lines.split('\n')) {
    if (!line) continue;
    const [key, name, x, y, w, h] = line.split(' ');
    boxes.set(key!, { name: name!, x: Number(x), y: Number(y), w: Number(w), h: Number(h) });
  }
  return boxes;
}

export interface BoxComparison {
  /** Elements present in both loads (pages that grow on their own differ in what is present). */
  compared: number;
  /** Elements in the load without the extension. */
  total: number;
  /** "path TAG: x,y w×h → x,y w×h" for every element that moved or changed size. */
  moved: string[];
}

export async function compareBoxes(plain: PageDriver, annotated: PageDriver, stride = 1): Promise<BoxComparison> {
  const [before, after] = await Promise.all([boxesOf(plain, stride), boxesOf(annotated, stride)]);
  const moved: string[] = [];
  let compared = 0;
  const fmt = (b: Box) => `${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.w.toFixed(1)}×${b.h.toFixed(1)}`;
  for (const [key, a] of before) {
    const b = after.get(key);
    if (!b || b.name !== a.name) continue;
    compared++;
    const off = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.w - b.w), Math.abs(a.h - b.h));
    if (off > SUBPIXEL_PX) moved.push(`${key} ${a.name}: ${fmt(a)} → ${fmt(b)}`);
  }
  return { compared, total: before.size, moved };
}
