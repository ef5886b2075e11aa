import { measureKey } from '../../utils/corpus/join-figures';
import type { Figure, FigureStatement } from '../../utils/corpus/schema';
import { searchFigures } from '../../utils/manager/search';
import { sourceLabelFor } from '../../utils/report/source-names';
import { Missing } from '../Heading';
import { useI18n } from '../i18n';
import { qualifierWords } from '../labels';
import { DeleteRecord } from './DeleteRecord';
import { OriginBadge } from './OriginBadge';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';

/** One row per measure: a figure the user added for a measure the corpus has joins that row. */
interface MeasureRow {
  measure: string;
  figures: Figure[];
}

function rowsOf(figures: Figure[]): MeasureRow[] {
  const rows = new Map<string, MeasureRow>();
  for (const f of figures) {
    const key = measureKey(f);
    const row = rows.get(key) ?? { measure: f.measure, figures: [] };
    row.figures.push(f);
    rows.set(key, row);
  }
  return [...rows.values()];
}

function Statement(props: { statement: FigureStatement; figure: Figure }) {
  const tr = useI18n();
  const { statement: s, figure } = props;
  return (
    <li>
      <q dir="auto">{s.text}</q>{' '}
      <span class="sl-muted sl-figure-value">
        {tr.t('manager_statement_value', [tr.figure(s.value, figure.unit), qualifierWords(tr, s.qualifier)])}
      </span>
    </li>
  );
}

/** Each figure of the story as each source states it: its words, its value and its qualifier. */
export function FiguresView(props: ViewProps) {
  const tr = useI18n();
  const { corpus } = props.data;
  const { results: figures, bar } = useSearch({
    noun: 'figures',
    total: corpus.figures.length,
    search: (query) => searchFigures(corpus, query),
  });
  const rows = rowsOf(figures);
  const columns = [...new Set(figures.flatMap((f) => f.statements.map((s) => s.sourceId)))].sort();
  return (
    <>
      <h2>{viewTitle(tr, 'figures')}</h2>
      {bar}
      {rows.length === 0 ? (
        <p>{tr.t('manager_no_figure')}</p>
      ) : (
        <div class="sl-table-scroll" role="region" aria-label={tr.t('manager_figures_region')} tabIndex={0}>
          <table class="sl-table sl-figures">
            <caption>{tr.t('manager_figures_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr.t('manager_figures_column')}</th>
                {columns.map((id) => (
                  <th key={id} scope="col">
                    {sourceLabelFor(props.data.index, id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.figures[0]!.id}>
                  <th scope="row">
                    {row.measure}
                    {row.figures.map((f) => (
                      <div key={f.id} class="sl-figure-id">
                        <OriginBadge origin={f.origin} /> <code>{f.id}</code>
                        {f.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'figures', id: f.id }} />}
                      </div>
                    ))}
                  </th>
                  {columns.map((id) => {
                    const stated = row.figures.flatMap((f) => f.statements.filter((s) => s.sourceId === id).map((s) => ({ s, f })));
                    return (
                      <td key={id}>
                        {stated.length === 0 ? (
                          <Missing words={tr.t('manager_not_stated')} />
                        ) : (
                          <ul class="sl-figure-statements">
                            {stated.map(({ s, f }, i) => (
                              <Statement key={i} statement={s} figure={f} />
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
