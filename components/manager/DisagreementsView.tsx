import type { Disagreement } from '../../utils/corpus/schema';
import { searchDisagreements } from '../../utils/manager/search';
import { REF_COLLECTION } from '../../utils/storage/records';
import { DisagreementList } from '../DisagreementList';
import { useI18n } from '../i18n';
import { DeleteRecord } from './DeleteRecord';
import { recordName } from './record-names';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';

/** Where the sources disagree: topic, summary, who says what, and the records involved. */
export function DisagreementsView(props: ViewProps) {
  const tr = useI18n();
  const { corpus } = props.data;
  const { results: disagreements, bar } = useSearch({
    noun: 'disagreements',
    total: corpus.disagreements.length,
    search: (query) => searchDisagreements(corpus, query),
  });
  const details = (d: Disagreement) => (
    <>
      <p class="sl-muted">{tr.t('manager_records_involved')}</p>
      <ul class="sl-linked">
        {d.records.map((ref, i) => (
          <li key={i}>{recordName(tr, corpus, { collection: REF_COLLECTION[ref.type], id: ref.id })}</li>
        ))}
      </ul>
      {d.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'disagreements', id: d.id }} />}
    </>
  );
  return (
    <>
      <h2>{viewTitle(tr, 'disagreements')}</h2>
      {bar}
      {disagreements.length === 0 ? (
        <p>{tr.t('manager_no_disagreement')}</p>
      ) : (
        <DisagreementList disagreements={disagreements} index={props.data.index} level={3} details={details} />
      )}
    </>
  );
}
