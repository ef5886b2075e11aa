import type { Note, NoteTarget } from '../../utils/storage/notes';
import { useI18n } from '../i18n';

/** The user's own notes on one record, if any. */
export function UserNotes(props: { notes: readonly Note[]; target: NoteTarget }) {
  const tr = useI18n();
  const mine = props.notes.filter((n) => n.target.type === props.target.type && n.target.id === props.target.id);
  if (mine.length === 0) return null;
  return (
    <div class="sl-user-notes">
      <p class="sl-source">{tr.t('manager_user_notes')}</p>
      <ul>
        {mine.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
    </div>
  );
}
