import type { MatchClass } from '../../utils/match/types';
import type { PageSummary } from '../../utils/report/page-report';
import { useI18n } from '../i18n';
import { matchClassCount } from '../labels';

const CLASS_ORDER: MatchClass[] = ['exact', 'close', 'fragment', 'split', 'reworded', 'translated'];

/** How many quotes of each kind, and how many figures agree or differ. */
export function MatchCounts(props: { summary: PageSummary }) {
  const tr = useI18n();
  const s = props.summary;
  const classes = CLASS_ORDER.filter((c) => s.byClass[c] > 0).map((c) => matchClassCount(tr, c, s.byClass[c]));
  const unknown = s.figureCount - s.figuresAgreeing - s.figuresDiffering;
  const figures = [
    s.figuresAgreeing > 0 && tr.count('popup_figures_agreeing', s.figuresAgreeing),
    s.figuresDiffering > 0 && tr.count('popup_figures_differing', s.figuresDiffering),
    unknown > 0 && tr.count('popup_figures_not_compared', unknown),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <ul class="sl-counts">
      <li>
        <strong>{tr.count('popup_quote_count', s.quoteCount)}</strong>
        {classes.length > 0 && tr.t('popup_count_parts', [tr.list(classes, 'unit')])}
      </li>
      <li>
        <strong>{tr.count('popup_figure_count', s.figureCount)}</strong>
        {figures.length > 0 && tr.t('popup_count_parts', [tr.list(figures, 'unit')])}
      </li>
      <li>
        <strong>{tr.count('popup_date_count', s.dateCount)}</strong>
      </li>
    </ul>
  );
}
