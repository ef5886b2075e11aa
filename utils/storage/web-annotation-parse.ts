/**
 * Reading Web Annotation files back into anchors: ours, and others' that follow the model (a
 * single Annotation, an array of them, or an AnnotationCollection whose first page holds them).
 * Selectors other than TextQuoteSelector and TextPositionSelector are ignored; a target without
 * a TextQuoteSelector cannot be re-anchored and is reported.
 */
import * as v from 'valibot';
import { englishNumber, problem, problemAt, rule } from '../corpus/problem';
import { formatPath, issueAt } from '../corpus/validate';
import { parseJsonFile } from './safe-json';
import type { PathError } from './transaction';

/** Where a highlight was: the quote with its context, and its offsets if the file gave them. */
export interface TextAnchor {
  /** The annotation's id, shared by the parts of a split quote. */
  annotationId: string | null;
  /** The page the annotation was made on. */
  source: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  /** The annotation's textual body, if it has one. */
  body: string | null;
}

export type AnnotationReading =
  | { ok: true; anchors: TextAnchor[] }
  | { ok: false; message: string; refusal: 'annotations_read'; errors: PathError[] };

export const MAX_ANNOTATION_FILE_CHARS = 10_000_000;
const MAX_ANNOTATIONS = 10_000;
const MAX_QUOTE = 10_000;

const offset = v.pipe(v.number(), v.integer(rule('whole_number')), v.minValue(0, rule('not_negative')));
const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.nonEmpty(rule('quote_empty')), v.maxLength(MAX_QUOTE, rule('quote_too_long', MAX_QUOTE))),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE)), ''),
});
const PositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.end >= s.start, rule('end_before_start')),
);
const AnySelectorSchema = v.looseObject({ type: v.string(rule('selector_type')) });
const TargetSchema = v.looseObject({
  source: v.pipe(v.string(rule('target_source')), v.maxLength(4096)),
  selector: v.union([AnySelectorSchema, v.array(AnySelectorSchema)], rule('target_selector')),
});
const AnnotationSchema = v.looseObject({
  id: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  type: v.union([v.literal('Annotation'), v.pipe(v.array(v.string()), v.includes('Annotation'))], rule('annotation_type')),
  target: v.union([TargetSchema, v.pipe(v.array(TargetSchema), v.nonEmpty())], rule('annotation_target')),
  body: v.optional(v.unknown()),
});

const hasType = (value: unknown, type: string): boolean => {
  const declared = (value as { type?: unknown } | null)?.type;
  return declared === type || (Array.isArray(declared) && declared.includes(type));
};

/** The annotations of whatever shape the file has, with the path each sits at. */
function annotationsOf(data: unknown): { items: unknown[]; at: (i: number) => string } | PathError {
  if (Array.isArray(data)) return { items: data, at: (i) => `[${i}]` };
  if (hasType(data, 'AnnotationCollection')) {
    const page = (data as { first?: unknown }).first;
    const items = (page as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) {
      return problemAt('first.items', 'no_collection_items', {});
    }
    return { items, at: (i) => `first.items[${i}]` };
  }
  if (hasType(data, 'Annotation')) return { items: [data], at: () => '' };
  return problemAt('', 'not_web_annotation', {});
}

function bodyText(body: unknown): string | null {
  const first = Array.isArray(body) ? body[0] : body;
  if (typeof first === 'string') return first;
  const value = (first as { value?: unknown } | null | undefined)?.value;
  return typeof value === 'string' ? value : null;
}

function join(base: string, rest: string): string {
  return base === '' ? rest : rest === '' ? base : rest.startsWith('[') ? base + rest : `${base}.${rest}`;
}

function issueError(base: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): PathError {
  const issue = issues[0];
  return issueAt(issue, join(base, formatPath(issue.path)), 'file');
}

function readTarget(target: v.InferOutput<typeof TargetSchema>, path: string, annotation: { id?: string; body?: unknown }, errors: PathError[]): TextAnchor | null {
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const selectorPath = (i: number) => (Array.isArray(target.selector) ? `${path}.selector[${i}]` : `${path}.selector`);
  const quoteAt = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  if (quoteAt < 0) {
    errors.push(problemAt(`${path}.selector`, 'no_quote_selector', { path, place: 'target' }));
    return null;
  }
  const quote = v.safeParse(QuoteSelectorSchema, selectors[quoteAt]);
  if (!quote.success) {
    errors.push(issueError(selectorPath(quoteAt), quote.issues));
    return null;
  }
  const positionAt = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  let start: number | null = null;
  let end: number | null = null;
  if (positionAt >= 0) {
    const position = v.safeParse(PositionSelectorSchema, selectors[positionAt]);
    if (!position.success) {
      errors.push(issueError(selectorPath(positionAt), position.issues));
      return null;
    }
    ({ start, end } = position.output);
  }
  const { exact, prefix, suffix } = quote.output;
  return { annotationId: annotation.id ?? null, source: target.source, exact, prefix, suffix, start, end, body: bodyText(annotation.body) };
}

/** Parses a Web Annotation file into anchors, or says what is wrong and where. */
export function parseWebAnnotations(text: string): AnnotationReading {
  const fail = (errors: PathError[]): AnnotationReading => {
    const more = errors.length > 1 ? ` (and ${englishNumber(errors.length - 1)} more)` : '';
    return { ok: false, message: `The annotations were not read: ${errors[0]!.message}${more}`, refusal: 'annotations_read', errors };
  };
  const parsed = parseJsonFile(text, MAX_ANNOTATION_FILE_CHARS);
  if (!parsed.ok) return fail(parsed.errors);
  const found = annotationsOf(parsed.data);
  if (!('items' in found)) return fail([found]);
  if (found.items.length > MAX_ANNOTATIONS) return fail([{ path: '', ...problem('too_many_annotations', { max: MAX_ANNOTATIONS }) }]);
  const anchors: TextAnchor[] = [];
  const errors: PathError[] = [];
  found.items.forEach((item, i) => {
    const result = v.safeParse(AnnotationSchema, item);
    if (!result.success) {
      errors.push(issueError(found.at(i), result.issues));
      return;
    }
    const annotation = result.output;
    const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
    targets.forEach((target, k) => {
      const path = join(found.at(i), Array.isArray(annotation.target) ? `target[${k}]` : 'target');
      const anchor = readTarget(target, path, annotation, errors);
      if (anchor !== null) anchors.push(anchor);
    });
  });
  return errors.length > 0 ? fail(errors) : { ok: true, anchors };
}
