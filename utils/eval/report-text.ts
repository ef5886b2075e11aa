/**
 * The evaluation report as text an engine developer can act on: the score table first, then
 * every miss and false positive with its page and words.
 */
import type { MatchClass } from '../match/types';
import { MATCH_CLASSES, type EvalReport, type Score } from './metrics';
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

function section(title: string, items: string[]): string[] {
  return items.length === 0 ? [] : ['', `${title} (${items.length}):`, ...items.map((i) => `  ${i}`)];
}

function groupTable(groups: EvalReport['byLanguage']): string[] {
  const cell = (s: Score) => `${s.found}/${s.labelled} ${percent(s.precision)}`;
  return formatTable([
    ['', 'pages', 'detection', 'verbatim quotes', 'translated quotes', 'figures'],
    ...Object.entries(groups).map(([name, s]) => [
      name,
      String(s.pages),
      `${percent(s.detection.recall)} / ${percent(s.detection.precision)}`,
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
