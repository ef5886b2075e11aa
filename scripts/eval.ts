/**
 * `npm run eval`: scores the matching engine on the labelled pages in tests/fixtures/eval and
 * prints what it missed and what it wrongly found. `--json` ends the output with the report as
 * one JSON line. Exits 1 when a threshold is not met.
 */
import { formatDateReport, formatReport } from '../utils/eval/report-text';
import { thresholdFailures } from '../utils/eval/thresholds';
import { runEvaluation } from './eval/run-eval';

const { report, dates, corpusPath, missingIds } = runEvaluation();
console.log(formatReport(report, corpusPath));
console.log(`\n${formatDateReport(dates)}`);
if (missingIds.length > 0) {
  console.log(`\nWARNING: the labels use ids the corpus does not have: ${missingIds.join(', ')}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ corpus: corpusPath, missingIds, ...report, dates }));
process.exitCode = thresholdFailures(report).length === 0 ? 0 : 1;
