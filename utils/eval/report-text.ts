/**
 * The evaluation report as text an engine developer can act on: the score table first, then
 * every miss and false positive with its page and words.
 */
import type { MatchClass } from '../match/types';
import type { DateReport } from './date-metrics';
import { MATCH_CLASSES, type EvalReport, type Score } from './metrics';
import { RELEVANCE_GRADES, type RelevanceReport } from './relevance-metrics';
import { percent, thresholdFailures } from './thresholds';

const HEADER = ['', 'labels', 'found', 'missed', 'predicted', 'correct', 'false+', 'recall', 'precision'];

function scoreRow(name: string, s: Score): string[] {
  return [
    name,
    String(s.labelled),
    String(s.found),
    String(s.labelled - s.found),
    String(s.predicted),
    String(s.correct),
    String(s.predicted - s.correct),
    percent(s.recall),
    percent(s.precision),
  ];
}

/** Left-aligns the first column and right-aligns the others. */
export function formatTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows.map((r) =>
    r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd(),
  );
}

const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;

function confusionLines(confusion: Record<MatchClass, Record<MatchClass, number>>): string[] {
  const rows = [['labelled \\ predicted', ...MATCH_CLASSES]];
  for (const labelled of MATCH_CLASSES) rows.push([labelled, ...MATCH_CLASSES.map((p) => String(confusion[labelled][p]))]);
  return formatTable(rows);
}

function relevanceLines(r: RelevanceReport): string[] {
  const rows = [['labelled \\ predicted', ...RELEVANCE_GRADES]];
  for (const labelled of RELEVANCE_GRADES) rows.push([labelled, ...RELEVANCE_GRADES.map((p) => String(r.confusion[labelled][p]))]);
  return [`Relevance: ${r.correct}/${r.pages} pages given their labelled grade (${percent(r.accuracy)}).`, ...formatTable(rows)];
}

function section(title: string, items: string[]): string[] {
  return items.length === 0 ? [] : ['', `${title} (${items.length}):`, ...items.map((i) => `  ${i}`)];
}

function groupTable(groups: EvalReport['byLanguage']): string[] {
  const cell = (s: Score) => `${s.found}/${s.labelled} ${percent(s.precision)}`;
  return formatTable([
    ['', 'pages', 'detection', 'relevance', 'verbatim quotes', 'translated quotes', 'figures'],
    ...Object.entries(groups).map(([name, s]) => [
      name,
      String(s.pages),
      `${percent(s.detection.recall)} / ${percent(s.detection.precision)}`,
      `${s.relevance.correct}/${s.relevance.pages}`,
      cell(s.verbatim),
      cell(s.translated),
      cell(s.figures),
    ]),
  ]);
}

export function formatReport(report: EvalReport, corpusLabel: string): string {
  const { detection: d, quotes: q, figures: f } = report;
  const failures = thresholdFailures(report);
  const lines = [
    `Source Lens evaluation — ${report.pages} pages, corpus: ${corpusLabel}`,
    '',
    ...formatTable([
      HEADER,
      scoreRow('story detection', d),
      ...MATCH_CLASSES.map((c) => scoreRow(`quotes: ${c}`, q.byClass[c])),
      scoreRow('quotes: exact+close+fragment+split', q.verbatim),
      scoreRow('figures', f),
    ]),
    '',
    `Figure agreement: ${f.agreementCorrect}/${f.found} right (${percent(f.agreementAccuracy)}).`,
    '',
    ...relevanceLines(report.relevance),
    '',
    'By language (found/labelled, precision):',
    ...groupTable({ ...report.byLanguage, ...(report.nonEnglish ? { 'all but en': report.nonEnglish } : {}) }),
    '',
    'By set of pages (found/labelled, precision):',
    ...groupTable(report.bySet),
    `Unscored predictions (terms, ignored passages): ${q.unscored}.`,
    '',
    'Class given to each found quote:',
    ...confusionLines(q.confusion),
    ...section(
      'Story detection errors',
      d.errors.map((e) => `${e.file}: expected ${e.expected ? 'story' : 'not story'}, score ${e.score} (threshold ${e.threshold})`),
    ),
    ...section('Relevance errors', report.relevance.errors.map((e) => `${e.file}: expected ${e.expected}, got ${e.got}`)),
    ...section('Missed quotes', q.misses.map((m) => `${m.file}  ${m.utteranceId} [${m.matchClass}]  ${quoted(m.text)}`)),
    ...section(
      'False-positive quotes',
      q.falsePositives.map((p) => {
        const other = p.labelledAs.length > 0 ? `, labelled ${p.labelledAs.join(', ')}` : '';
        return `${p.file}  ${p.utteranceId} [${p.matchClass}] (${p.reason}${other})  ${quoted(p.text)}`;
      }),
    ),
    ...section('Missed figures', f.misses.map((m) => `${m.file}  ${m.figureId}  ${quoted(m.text)}`)),
    ...section(
      'False-positive figures',
      f.falsePositives.map((p) => `${p.file}  ${p.figureId ?? '(none)'} (${p.reason})  ${quoted(p.text)}`),
    ),
    ...section(
      'Figure agreement errors',
      f.agreementErrors.map((e) => `${e.file}  ${e.figureId}  ${quoted(e.text)}: expected ${e.expected}, got ${e.got}`),
    ),
    '',
    failures.length === 0 ? 'PASS: every threshold is met.' : `FAIL:\n${failures.map((x) => `  ${x}`).join('\n')}`,
  ];
  return lines.join('\n');
}

/** The date check set: the pages' own dates, then the dates tied to the timeline. */
export function formatDateReport(report: DateReport): string {
  const { pageDates: p, plain } = report;
  const line = (m: DateReport['misses'][number]) => `${m.file.replace(/^.*\//, '')}  ${quoted(m.text)}: ${m.expected}, got ${m.got ?? 'none'}`;
  return [
    `Dates — check set of ${report.pages} pages (tests/fixtures/eval/dates.json)`,
    `Page's own date read right: ${p.right}/${report.pages}.`,
    ...formatTable([HEADER, scoreRow('dates tied to events', report.ties), scoreRow('relative dates tied', report.relativeTies)]),
    `Dates of no event left plain: ${plain.kept}/${plain.labelled}.`,
    ...section('Page dates read wrong', p.wrong.map((w) => `${w.file.replace(/^.*\//, '')}: expected ${w.expected ?? 'none'}, got ${w.got ?? 'none'}`)),
    ...section('Missed date ties', report.misses.map(line)),
    ...section('Wrong date ties', report.falsePositives.map(line)),
  ].join('\n');
}
