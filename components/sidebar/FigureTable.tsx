import type { PageReport, ReportIndex } from '../../utils/report/page-report';
import { figureTable } from '../../utils/report/story-tables';
import { Missing } from '../Heading';
import { useI18n } from '../i18n';
import { agreementShort } from '../labels';

/** Each figure of the story as each source states it, next to the page's own value. */
export function FigureTable(props: { report: PageReport; index: ReportIndex }) {
  const tr = useI18n();
  const table = figureTable(props.report, props.index);
  if (table.rows.length === 0) return <p>{tr.t('sidebar_no_figures')}</p>;
  return (
    <div class="sl-table-scroll" role="region" aria-label={tr.t('sidebar_figures_heading')} tabIndex={0}>
      <table class="sl-table">
        <caption>{tr.t('sidebar_figures_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.t('sidebar_column_figure')}</th>
            {table.columns.map((c) => (
              <th key={c.sourceId} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">{tr.t('sidebar_column_page')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.figure.id}>
              <th scope="row">{row.figure.measure}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell.length ? tr.list(cell.map((s) => s.text), 'unit') : <Missing words={tr.t('sidebar_not_stated')} />}</td>
              ))}
              <td class="sl-page-value">
                {row.page.length ? (
                  tr.list(
                    row.page.map((m) => tr.t('sidebar_page_value', [m.text, agreementShort(tr, m.agreement)])),
                    'unit',
                  )
                ) : (
                  <Missing words={tr.t('sidebar_not_on_page')} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
