import { recordLabel, COLLECTION_OF_TYPE } from '../../utils/manager/record-labels';
import type { Note } from '../../utils/storage/notes';
import { formatIsoDate } from '../format';
import { ConfirmedAction } from './ConfirmedAction';
import type { ViewProps } from './types';

function NoteItem(props: ViewProps & { note: Note }) {
  const { note } = props;
  const about = recordLabel(props.data.corpus, { collection: COLLECTION_OF_TYPE[note.target.type]!, id: note.target.id });
  const remove = async () => {
    await props.services.store.deleteNote(note.id);
    props.announce(`Deleted your note on the ${about}.`);
    await props.onChanged({ corpus: false });
  };
  return (
    <li class="sl-record">
      <p class="sl-source">On the {about}</p>
      <p>{note.text}</p>
      <p class="sl-muted">Written {formatIsoDate(note.createdAt.slice(0, 10))}</p>
      <ConfirmedAction label="Delete" srLabel={`your note on the ${about}`} title="Delete this note?" confirmLabel="Delete the note" action={remove}>
        <p>The record it is on stays.</p>
      </ConfirmedAction>
    </li>
  );
}

/** The user's own notes, newest last, each with the record it is on. */
export function NotesView(props: ViewProps) {
  const { notes } = props.data;
  return (
    <>
      <h2>Your notes</h2>
      {notes.length === 0 ? (
        <p>
          You have no notes yet. Importing a Web Annotation file of highlights (in <a href="#/transfer">Import and export</a>) makes one
          note per highlight.
        </p>
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
