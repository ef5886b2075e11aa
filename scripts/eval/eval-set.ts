/**
 * Loads the evaluation set from disk: each labelled page's HTML, its page text as the annotator
 * builds it (jsdom + buildPageText), and its labels resolved to ranges of that text. Shared by
 * `npm run eval`, the threshold test and the label test, so all three read pages the same way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { buildPageText } from '../../utils/anchoring/page-text';
import { LabelSetSchema, resolvePageLabel, type PageLabel, type ResolvedPage } from '../../utils/eval/labels';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EVAL_DIR = `${PROJECT_ROOT}tests/fixtures/eval/`;
export const PAGES_DIR = `${EVAL_DIR}pages/`;

// jsdom ships no type declarations; this is the one constructor we use.
type JsdomConstructor = new (html: string) => { window: { document: Document; close(): void } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

/** The page text the engine would be given for this HTML in a browser. */
export function pageTextOfHtml(html: string): string {
  const dom = new JSDOM(html);
  try {
    return buildPageText(dom.window.document.body).text;
  } finally {
    dom.window.close();
  }
}

export function loadLabels(): PageLabel[] {
  return v.parse(LabelSetSchema, JSON.parse(readFileSync(`${EVAL_DIR}labels.json`, 'utf8')));
}

export interface EvalSetPage {
  label: PageLabel;
  html: string;
  text: string;
}

export function readEvalPage(label: PageLabel): EvalSetPage {
  const html = readFileSync(`${PAGES_DIR}${label.file}`, 'utf8');
  return { label, html, text: pageTextOfHtml(html) };
}

export interface LoadedPage {
  resolved: ResolvedPage;
  text: string;
}

/** Every labelled page with its labels resolved; throws on the first label that does not fit. */
export function loadEvalSet(): LoadedPage[] {
  return loadLabels().map((label) => {
    const { text } = readEvalPage(label);
    return { resolved: resolvePageLabel(label, text), text };
  });
}
