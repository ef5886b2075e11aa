import type { TimelineEntry } from '../utils/report/story-tables';
import { formatIsoDate } from './format';

/** Each source's words for when an event happened, with the sources that put it on another day marked. */
export function EventDates(props: { entry: TimelineEntry }) {
  const { entry } = props;
  return (
    <>
      {entry.conflicting && (
        <p class="sl-warning">
          <span aria-hidden="true">⚠ </span>The sources put this on different days.
        </p>
      )}
      <ul class="sl-event-dates">
        {entry.statements.map((s, i) => (
          <li key={i} class={s.differs ? 'sl-differs' : undefined}>
            <span class="sl-source">{s.label}</span>
            {': '}
            <q>{s.text}</q>
            {' — '}
            {s.date ? formatIsoDate(s.date) : 'no exact date'}
            {s.differs && <strong class="sl-flag"> (another day)</strong>}
          </li>
        ))}
      </ul>
    </>
  );
}
