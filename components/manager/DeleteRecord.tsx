import { previewDeletion } from '../../utils/manager/deletion';
import { recordLabel } from '../../utils/manager/record-labels';
import type { RecordKey } from '../../utils/storage/cascade';
import { plural } from '../labels';
import { ConfirmedAction } from './ConfirmedAction';
import type { ViewProps } from './types';

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
  const label = recordLabel(props.data.corpus, props.record);
  const preview = () => previewDeletion(props.data.corpus, props.data.notes, props.record);
  const remove = async () => {
    const result = await props.services.store.deleteUserRecord(props.record.collection, props.record.id);
    const more = result.deleted.length - 1;
    props.announce(`Deleted the ${label}${more > 0 ? ` and ${plural(more, 'record')} with it` : ''}.`);
    await props.onChanged({ corpus: true });
  };
  return (
    <ConfirmedAction label="Delete" srLabel={`the ${label}`} title={`Delete the ${label}?`} confirmLabel="Delete" action={remove}>
      <DeletionDetails preview={preview} />
    </ConfirmedAction>
  );
}

/** Computed only while the confirmation is open: planning the cascade reads every user record. */
function DeletionDetails(props: { preview(): ReturnType<typeof previewDeletion> }) {
  const p = props.preview();
  return (
    <>
      <LabelList intro="These go with it:" labels={p.alsoDeleted} />
      <LabelList intro="These stay but no longer point to it:" labels={p.updated} />
      {p.notesRemoved > 0 && <p>{plural(p.notesRemoved, 'note')} of yours on these records will be deleted too.</p>}
      <p>This cannot be undone. To keep a copy, export your records (with your notes) first, under “Import and export”.</p>
    </>
  );
}
