import type { Disagreement } from '../../utils/corpus/schema';
import { recordLabel } from '../../utils/manager/record-labels';
import { searchDisagreements } from '../../utils/manager/search';
import { REF_COLLECTION } from '../../utils/storage/records';
import { DisagreementList } from '../DisagreementList';
import { DeleteRecord } from './DeleteRecord';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';

/** Where the sources disagree: topic, summary, who says what, and the records involved. */
export function DisagreementsView(props: ViewProps) {
  const { corpus } = props.data;
  const { results: disagreements, bar } = useSearch({
    label: 'Search disagreements',
    noun: 'disagreements',
    total: corpus.disagreements.length,
    search: (query) => searchDisagreements(corpus, query),
  });
  const details = (d: Disagreement) => (
    <>
      <p class="sl-muted">Records involved:</p>
      <ul class="sl-linked">
        {d.records.map((ref, i) => (
          <li key={i}>{recordLabel(corpus, { collection: REF_COLLECTION[ref.type], id: ref.id })}</li>
        ))}
      </ul>
      {d.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'disagreements', id: d.id }} />}
    </>
  );
  return (
    <>
      <h2>Disagreements</h2>
      {bar}
      {disagreements.length === 0 ? (
        <p>No disagreement matches.</p>
      ) : (
        <DisagreementList disagreements={disagreements} index={props.data.index} level={3} details={details} />
      )}
    </>
  );
}
