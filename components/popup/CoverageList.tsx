import type { PageSummary, ReportIndex } from '../../utils/report/page-report';
import { sourceLabelFor } from '../../utils/report/source-names';
import { useI18n } from '../i18n';
import { formWords } from '../labels';

/**
 * The page's quotes, one line each with how many sources carry it; which sources and in what
 * form opens on demand. A sources × quotes matrix does not fit a 360 px popup.
 */
export function CoverageList(props: { coverage: PageSummary['coverage']; index: ReportIndex }) {
  const tr = useI18n();
  const { utterances, rows } = props.coverage;
  if (utterances.length === 0) return <p>{tr.t('popup_no_corpus_quote')}</p>;
  return (
    <div class="sl-popup-scroll" role="region" aria-label={tr.t('popup_coverage_region')} tabIndex={0}>
      <ul class="sl-coverage sl-lines">
        {utterances.map((u, column) => {
          const carriers = rows.flatMap((row) => (row.cells[column] ? [{ label: sourceLabelFor(props.index, row.sourceId), form: row.cells[column]! }] : []));
          return (
            <li key={u.id} data-utterance={u.id}>
              <details>
                <summary>
                  <span class="sl-line-text" dir="auto">{u.speaker ? tr.t('popup_quote_of_speaker', [u.speaker, u.label]) : u.label}</span>{' '}
                  <span class="sl-muted sl-line-count">{tr.count('popup_sources_carry', carriers.length)}</span>
                </summary>
                <ul class="sl-carriers">
                  {carriers.map((c) => (
                    <li key={c.label}>{tr.t('popup_source_form', [c.label, formWords(tr, c.form)])}</li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
