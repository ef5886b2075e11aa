import { useId } from 'preact/hooks';
import type { PageReport, ReportIndex } from '../../utils/report/page-report';
import { noteGroups, speakersOf, type Note, type NoteFilter, type NoteKind } from '../../utils/report/notes';
import { excerpt } from '../format';
import { deeper, Heading, type HeadingLevel } from '../Heading';
import { useI18n } from '../i18n';
import { matchClassWords, noteKindWords } from '../labels';
import { NoteCard } from '../NoteCard';
import type { MessageKey } from '../../utils/i18n/messages';
import type { Translator } from '../../utils/i18n/translator';

export interface NoteListProps {
  report: PageReport;
  index: ReportIndex;
  filter: NoteFilter;
  onFilterChange(filter: NoteFilter): void;
  selectedId: string | null;
  onSelect(matchId: string): void;
  level: HeadingLevel;
}

const NOTE_KINDS: NoteKind[] = ['quote', 'figure', 'date'];

/** A figure's or a date's kind and verdict, one message each. */
const LEADS: Record<'figure' | 'date', Record<'agrees' | 'differs' | 'unknown', MessageKey>> = {
  figure: { agrees: 'sidebar_lead_figure_agrees', differs: 'sidebar_lead_figure_differs', unknown: 'sidebar_lead_figure_unknown' },
  date: { agrees: 'sidebar_lead_date_agrees', differs: 'sidebar_lead_date_differs', unknown: 'sidebar_lead_date_unknown' },
};

/** What a note's button says: its kind of match, then the page's words. */
function noteLead(tr: Translator, note: Note): string {
  const m = note.match;
  const kind = m.kind === 'quote' ? matchClassWords(tr, m.matchClass) : tr.t(LEADS[m.kind][m.agreement]);
  return tr.t('sidebar_note_lead', [kind]);
}

function Filters(props: { speakers: string[]; filter: NoteFilter; onFilterChange(f: NoteFilter): void }) {
  const tr = useI18n();
  const { filter, onFilterChange } = props;
  const id = useId();
  return (
    <div class="sl-filters" role="group" aria-label={tr.t('sidebar_filter_group')}>
      <label for={`${id}-speaker`}>{tr.t('sidebar_filter_speaker')}</label>
      <select
        id={`${id}-speaker`}
        value={filter.speaker ?? ''}
        onChange={(e) => onFilterChange({ ...filter, speaker: e.currentTarget.value || null })}
      >
        <option value="">{tr.t('sidebar_filter_everyone')}</option>
        {props.speakers.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label for={`${id}-kind`}>{tr.t('sidebar_filter_kind')}</label>
      <select
        id={`${id}-kind`}
        value={filter.kind}
        onChange={(e) => onFilterChange({ ...filter, kind: e.currentTarget.value as NoteKind | 'all' })}
      >
        <option value="all">{tr.t('sidebar_filter_all')}</option>
        {NOTE_KINDS.map((k) => (
          <option key={k} value={k}>
            {noteKindWords(tr, k)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The page's notes in page order, one group per utterance, figure or event. */
export function NoteList(props: NoteListProps) {
  const tr = useI18n();
  const { report, index, selectedId } = props;
  const cardId = useId();
  const all = noteGroups(report, index);
  const shown = noteGroups(report, index, props.filter);
  const total = all.reduce((n, g) => n + g.notes.length, 0);
  const visible = shown.reduce((n, g) => n + g.notes.length, 0);

  if (total === 0) return <p>{tr.t('sidebar_no_notes')}</p>;
  return (
    <>
      <Filters speakers={speakersOf(report, index)} filter={props.filter} onFilterChange={props.onFilterChange} />
      <p class="sl-muted" role="status">
        {visible === total ? tr.count('sidebar_notes', total) : tr.count('sidebar_notes_shown', total, [visible])}
      </p>
      <ol class="sl-groups">
        {shown.map((group) => (
          <li key={group.key} class={`sl-group sl-group-${group.kind}`}>
            <Heading level={props.level}>
              {group.title ?? tr.t(group.kind === 'date' ? 'card_date_no_event' : 'card_figure_not_covered')}
            </Heading>
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
                      <span class="sl-note-lead">{noteLead(tr, note)} </span>
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
