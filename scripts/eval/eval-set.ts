/**
 * Loads the evaluation set from disk: each labelled page's HTML, its page text as the annotator
 * builds it (jsdom + buildPageText), and its labels resolved to ranges of that text. Shared by
 * `npm run eval`, the threshold test and the label test, so all three read pages the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { buildPageText } from '../../utils/anchoring/page-text';
import { LabelSetSchema, resolvePageLabel, type PageLabel, type ResolvedPage } from '../../utils/eval/labels';
import { readPageDate } from '../../utils/extract/page-date';
import type { PageDate } from '../../utils/match/types';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EVAL_DIR = `${PROJECT_ROOT}tests/fixtures/eval/`;
export const PAGES_DIR = `${EVAL_DIR}pages/`;

// jsdom ships no type declarations; this is the one constructor we use.
type JsdomConstructor = new (html: string) => { window: { document: Document; close(): void } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

/**
 * The day the evaluation "reads" its pages on, for a page that gives no date of its own: they
 * are written as reports of the dispute's week, read when they were new (the browser takes the
 * real day). Fixed, so that a run does not depend on the day it is made.
 */
export const EVAL_READ_DATE = '2025-01-24';

/** The page text the engine would be given for this HTML in a browser. */
export function pageTextOfHtml(html: string): string {
  return pageOfHtml(html).text;
}

/**
 * The page text, the date the page gives (`found`, null when none) and the date the engine is
 * given: that one, else the day the page is read, as the browser does.
 */
export function pageOfHtml(html: string): { text: string; found: PageDate | null; pageDate: PageDate } {
  const dom = new JSDOM(html);
  try {
    const doc = dom.window.document;
    const found = readPageDate(doc, EVAL_READ_DATE);
    return { text: buildPageText(doc.body).text, found, pageDate: found ?? { date: EVAL_READ_DATE, from: 'read' } };
  } finally {
    dom.window.close();
  }
}

/** Every label file: `labels.json` (the English set) and `labels-*.json` (one per group of languages or round). */
export function labelFiles(): string[] {
  return readdirSync(EVAL_DIR).filter((f) => /^labels(?:-[a-z0-9-]+)?\.json$/.test(f)).sort();
}

export function loadLabels(): PageLabel[] {
  return labelFiles().flatMap((f) => {
    try {
      // The label file is the page's set (English, a group of languages, a blind round).
      return v.parse(LabelSetSchema, JSON.parse(readFileSync(`${EVAL_DIR}${f}`, 'utf8'))).map((l) => ({ ...l, set: f.replace(/\.json$/, '') }));
    } catch (error) {
      throw new Error(`${f}: ${error instanceof v.ValiError ? JSON.stringify(v.flatten(error.issues)) : String(error)}`);
    }
  });
}

export interface EvalSetPage {
  label: PageLabel;
  html: string;
  text: string;
  pageDate: PageDate;
}

export function readEvalPage(label: PageLabel): EvalSetPage {
  const html = readFileSync(`${PAGES_DIR}${label.file}`, 'utf8');
  const { text, pageDate } = pageOfHtml(html);
  return { label, html, text, pageDate };
}

export interface LoadedPage {
  resolved: ResolvedPage;
  text: string;
  pageDate: PageDate;
}

/** Every labelled page with its labels resolved; throws on the first label that does not fit. */
export function loadEvalSet(): LoadedPage[] {
  // SOURCE_LENS_EVAL_ONLY narrows a run to the sets whose name matches (e.g. "blind").
  const only = process.env.SOURCE_LENS_EVAL_ONLY ? new RegExp(process.env.SOURCE_LENS_EVAL_ONLY) : null;
  return loadLabels().filter((l) => !only || only.test(l.set ?? '')).map((label) => {
    const { text, pageDate } = readEvalPage(label);
    return { resolved: resolvePageLabel(label, text), text, pageDate };
  });
}
