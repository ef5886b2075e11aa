import type { PageSummary } from '../../utils/report/page-report';
import { Missing } from '../Heading';
import { FORM_WORDS } from '../labels';

const formWords = (form: string) => (form in FORM_WORDS ? FORM_WORDS[form as keyof typeof FORM_WORDS] : form);

/** Corpus sources × the utterances found on the page: which source carries which, and in what form. */
export function CoverageTable(props: { coverage: PageSummary['coverage'] }) {
  const { utterances, rows } = props.coverage;
  if (utterances.length === 0) return <p>No quote from the corpus on this page.</p>;
  return (
    <div class="sl-table-scroll" role="region" aria-label="Quotes by source" tabIndex={0}>
      <table class="sl-table sl-coverage">
        <caption>Which corpus sources carry the quotes on this page, and in what form</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            {utterances.map((u) => (
              <th key={u.id} scope="col">
                {u.speaker && <span class="sl-speaker">{u.speaker}: </span>}
                {u.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sourceId}>
              <th scope="row">{row.label}</th>
              {row.cells.map((form, i) => (
                <td key={i}>{form ? formWords(form) : <Missing words="not carried" />}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
