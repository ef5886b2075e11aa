import type { RecordKey } from '../../utils/storage/cascade';
import { useI18n } from '../i18n';
import { ConfirmedAction } from './ConfirmedAction';
import { namedDeletion, recordName } from './record-names';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';

function LabelList(props: { intro: string; labels: string[] }) {
  if (props.labels.length === 0) return null;
  return (
    <>
      <p>{props.intro}</p>
      <ul>
        {props.labels.map((label, i) => (
          <li key={i}>{label}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Delete" for one of the user's own records (curated records have none): asks first, saying
 * everything the deletion takes with it, then deletes through the store in one transaction.
 */
export function DeleteRecord(props: Pick<ViewProps, 'data' | 'services' | 'onChanged' | 'announce'> & { record: RecordKey }) {
  const tr = useI18n();
  const name = recordName(tr, props.data.corpus, props.record);
  const preview = () => namedDeletion(tr, props.data.corpus, props.data.notes, props.record);
  const remove = async () => {
    const result = await props.services.store.deleteUserRecord(props.record.collection, props.record.id);
    const more = result.deleted.length - 1;
    props.announce(more > 0 ? tr.count('manager_deleted_with', more, [name]) : tr.t('manager_deleted', [name]));
    await props.onChanged({ corpus: true });
  };
  return (
    <ConfirmedAction
      label={tr.t('manager_delete')}
      accessibleName={tr.t('manager_delete_name', [name])}
      title={tr.t('manager_delete_title', [name])}
      confirmLabel={tr.t('manager_delete')}
      action={remove}
    >
      <DeletionDetails preview={preview} />
    </ConfirmedAction>
  );
}

/** Computed only while the confirmation is open: planning the cascade reads every user record. */
function DeletionDetails(props: { preview(): ReturnType<typeof namedDeletion> }) {
  const tr = useI18n();
  const p = props.preview();
  return (
    <>
      <LabelList intro={tr.t('manager_delete_goes')} labels={p.alsoDeleted} />
      <LabelList intro={tr.t('manager_delete_stays')} labels={p.updated} />
      {p.notesRemoved > 0 && <p>{tr.count('manager_delete_notes', p.notesRemoved)}</p>}
      <p>{tr.t('manager_delete_final', [viewTitle(tr, 'transfer')])}</p>
    </>
  );
}
