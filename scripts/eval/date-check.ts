/**
 * Runs the engine on the date check set (tests/fixtures/eval/dates.json): each page read from its
 * HTML as the browser reads it, its own date included, and its dates scored against the labels.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { DateCheckSetSchema, evaluateDates, type DateReport } from '../../utils/eval/date-metrics';
import { analyzePage, type MatchIndex } from '../../utils/match/engine';
import { EVAL_DIR, PROJECT_ROOT, pageOfHtml } from './eval-set';

export const DATE_CHECK_FILE = `${EVAL_DIR}dates.json`;

export function runDateCheck(index: MatchIndex): DateReport {
  const labels = v.parse(DateCheckSetSchema, JSON.parse(readFileSync(DATE_CHECK_FILE, 'utf8')));
  // A label naming an event the corpus lacks could never be found: say so rather than score it.
  const known = new Set(index.events.events.map((e) => e.event.id));
  const unknown = labels.flatMap((p) => p.dates.flatMap((d) => [d.eventId ?? []].flat())).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`dates.json names events the corpus does not have: ${[...new Set(unknown)].join(', ')}`);
  const pages = labels.map((label) => {
    const { text, found, pageDate } = pageOfHtml(readFileSync(`${PROJECT_ROOT}${label.file}`, 'utf8'));
    return { label, text, found, dates: analyzePage(text, index, { pageDate }).dates };
  });
  return evaluateDates(pages);
}
