import type { PageReport, ReportIndex } from '../../utils/report/page-report';
import { figureTable } from '../../utils/report/story-tables';
import { Missing } from '../Heading';
import { AGREEMENT_SHORT } from '../labels';

/** Each figure of the story as each source states it, next to the page's own value. */
export function FigureTable(props: { report: PageReport; index: ReportIndex }) {
  const table = figureTable(props.report, props.index);
  if (table.rows.length === 0) return <p>No figure of the story is on this page.</p>;
  return (
    <div class="sl-table-scroll" role="region" aria-label="Figures by source" tabIndex={0}>
      <table class="sl-table">
        <caption>Each figure as each source states it, and as this page does</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {table.columns.map((c) => (
              <th key={c.sourceId} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">This page</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.figure.id}>
              <th scope="row">{row.figure.measure}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell.length ? cell.map((s) => s.text).join('; ') : <Missing words="not stated" />}</td>
              ))}
              <td class="sl-page-value">
                {row.page.length ? (
                  row.page.map((m) => `${m.text} (${AGREEMENT_SHORT[m.agreement]})`).join('; ')
                ) : (
                  <Missing words="not on the page" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
