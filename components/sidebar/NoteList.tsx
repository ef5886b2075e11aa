import { useId } from 'preact/hooks';
import type { PageReport, ReportIndex } from '../../utils/report/page-report';
import { noteGroups, speakersOf, type Note, type NoteFilter, type NoteKind } from '../../utils/report/notes';
import { excerpt } from '../format';
import { deeper, Heading, type HeadingLevel } from '../Heading';
import { AGREEMENT_SHORT, MATCH_CLASS_WORDS, NOTE_KIND_WORDS, plural } from '../labels';
import { NoteCard } from '../NoteCard';

export interface NoteListProps {
  report: PageReport;
  index: ReportIndex;
  filter: NoteFilter;
  onFilterChange(filter: NoteFilter): void;
  selectedId: string | null;
  onSelect(matchId: string): void;
  level: HeadingLevel;
}

/** What a note's button says: its kind of match, then the page's words. */
function noteLead(note: Note): string {
  const m = note.match;
  if (m.kind === 'quote') return MATCH_CLASS_WORDS[m.matchClass];
  return `${m.kind === 'figure' ? 'Figure' : 'Date'}, ${AGREEMENT_SHORT[m.agreement]}`;
}

function Filters(props: { speakers: string[]; filter: NoteFilter; onFilterChange(f: NoteFilter): void }) {
  const { filter, onFilterChange } = props;
  const id = useId();
  return (
    <div class="sl-filters" role="group" aria-label="Filter the notes">
      <label for={`${id}-speaker`}>Speaker</label>
      <select
        id={`${id}-speaker`}
        value={filter.speaker ?? ''}
        onChange={(e) => onFilterChange({ ...filter, speaker: e.currentTarget.value || null })}
      >
        <option value="">Everyone</option>
        {props.speakers.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label for={`${id}-kind`}>Kind</label>
      <select
        id={`${id}-kind`}
        value={filter.kind}
        onChange={(e) => onFilterChange({ ...filter, kind: e.currentTarget.value as NoteKind | 'all' })}
      >
        <option value="all">All notes</option>
        {(Object.keys(NOTE_KIND_WORDS) as NoteKind[]).map((k) => (
          <option key={k} value={k}>
            {NOTE_KIND_WORDS[k]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The page's notes in page order, one group per utterance, figure or event. */
export function NoteList(props: NoteListProps) {
  const { report, index, selectedId } = props;
  const cardId = useId();
  const all = noteGroups(report, index);
  const shown = noteGroups(report, index, props.filter);
  const total = all.reduce((n, g) => n + g.notes.length, 0);
  const visible = shown.reduce((n, g) => n + g.notes.length, 0);

  if (total === 0) return <p>No quote, figure or date from the corpus on this page.</p>;
  return (
    <>
      <Filters speakers={speakersOf(report, index)} filter={props.filter} onFilterChange={props.onFilterChange} />
      <p class="sl-muted" role="status">
        {visible === total ? plural(total, 'note') : `${visible} of ${plural(total, 'note')} shown`}
      </p>
      <ol class="sl-groups">
        {shown.map((group) => (
          <li key={group.key} class={`sl-group sl-group-${group.kind}`}>
            <Heading level={props.level}>{group.title}</Heading>
            {group.speaker && <p class="sl-muted">{group.speaker}</p>}
            <ul class="sl-notes">
              {group.notes.map((note) => {
                const selected = note.id === selectedId;
                return (
                  <li key={note.id}>
                    <button
                      type="button"
                      class="sl-note"
                      data-match-id={note.id}
                      aria-expanded={selected}
                      aria-controls={selected ? cardId : undefined}
                      onClick={() => props.onSelect(note.id)}
                    >
                      <span class="sl-note-lead">{noteLead(note)}: </span>
                      <span class="sl-note-text">{excerpt(note.text)}</span>
                    </button>
                    {selected && (
                      <div id={cardId} class="sl-note-card">
                        <NoteCard match={note.match} report={report} index={index} headingLevel={deeper(props.level)} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
