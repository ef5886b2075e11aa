import type { Disagreement } from '../../utils/corpus/schema';
import type { ReportIndex } from '../../utils/report/page-report';
import { useI18n } from '../i18n';
import { DisagreementBody } from '../DisagreementList';

/** The disagreements that touch this page's notes, one line each; the positions open on demand. */
export function DisagreementLines(props: { disagreements: Disagreement[]; index: ReportIndex }) {
  const tr = useI18n();
  if (props.disagreements.length === 0) return null;
  return (
    <>
      <h2>{tr.count('popup_disagreements', props.disagreements.length)}</h2>
      <div class="sl-popup-scroll" role="region" aria-label={tr.t('popup_disagreements_region')} tabIndex={0}>
        <ul class="sl-disagreements sl-lines">
          {props.disagreements.map((d) => (
            <li key={d.id} class="sl-disagreement" data-disagreement={d.id}>
              <details>
                <summary>
                  <span class="sl-line-text" dir="auto">{d.topic}</span>
                </summary>
                <DisagreementBody disagreement={d} index={props.index} />
              </details>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
