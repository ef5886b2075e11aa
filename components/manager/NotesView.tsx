import { COLLECTION_OF_TYPE } from '../../utils/manager/record-labels';
import type { Note } from '../../utils/storage/notes';
import { useI18n } from '../i18n';
import { ConfirmedAction } from './ConfirmedAction';
import { recordName } from './record-names';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';

function NoteItem(props: ViewProps & { note: Note }) {
  const tr = useI18n();
  const { note } = props;
  const about = recordName(tr, props.data.corpus, { collection: COLLECTION_OF_TYPE[note.target.type]!, id: note.target.id });
  const remove = async () => {
    await props.services.store.deleteNote(note.id);
    props.announce(tr.t('manager_note_deleted', [about]));
    await props.onChanged({ corpus: false });
  };
  return (
    <li class="sl-record">
      <p class="sl-source">{tr.t('manager_note_on', [about])}</p>
      <p>{note.text}</p>
      <p class="sl-muted">{tr.t('manager_note_written', [tr.date(note.createdAt.slice(0, 10))])}</p>
      <ConfirmedAction
        label={tr.t('manager_delete')}
        accessibleName={tr.t('manager_note_delete_name', [about])}
        title={tr.t('manager_note_delete_title')}
        confirmLabel={tr.t('manager_note_delete_confirm')}
        action={remove}
      >
        <p>{tr.t('manager_note_delete_body')}</p>
      </ConfirmedAction>
    </li>
  );
}

/** The user's own notes, newest last, each with the record it is on. */
export function NotesView(props: ViewProps) {
  const tr = useI18n();
  const { notes } = props.data;
  return (
    <>
      <h2>{viewTitle(tr, 'notes')}</h2>
      {notes.length === 0 ? (
        <>
          <p>{tr.t('manager_notes_none')}</p>
          <p>
            {tr.t('manager_notes_import_where')} <a href="#/transfer">{viewTitle(tr, 'transfer')}</a>
          </p>
        </>
      ) : (
        <ul class="sl-records">
          {notes.map((n) => (
            <NoteItem key={n.id} {...props} note={n} />
          ))}
        </ul>
      )}
    </>
  );
}
