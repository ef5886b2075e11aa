import type { MatchClass } from '../../utils/match/types';
import type { PageSummary } from '../../utils/report/page-report';
import { matchClassCount, plural } from '../labels';

const CLASS_ORDER: MatchClass[] = ['exact', 'close', 'fragment', 'split', 'reworded', 'translated'];

/** How many quotes of each kind, and how many figures agree or differ. */
export function MatchCounts(props: { summary: PageSummary }) {
  const s = props.summary;
  const classes = CLASS_ORDER.filter((c) => s.byClass[c] > 0).map((c) => matchClassCount(c, s.byClass[c]));
  const unknown = s.figureCount - s.figuresAgreeing - s.figuresDiffering;
  const figures = [
    s.figuresAgreeing && `${s.figuresAgreeing} agreeing with the sources`,
    s.figuresDiffering && `${s.figuresDiffering} differing from a source`,
    unknown && `${unknown} not compared`,
  ].filter(Boolean);
  return (
    <ul class="sl-counts">
      <li>
        <strong>{plural(s.quoteCount, 'quote')}</strong>
        {classes.length > 0 && `: ${classes.join(', ')}`}
      </li>
      <li>
        <strong>{plural(s.figureCount, 'figure')}</strong>
        {figures.length > 0 && `: ${figures.join(', ')}`}
      </li>
      <li>
        <strong>{plural(s.dateCount, 'date')}</strong>
      </li>
    </ul>
  );
}
