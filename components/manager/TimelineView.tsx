import { searchEvents } from '../../utils/manager/search';
import { timelineOf } from '../../utils/report/story-tables';
import { EventDates } from '../EventDates';
import { formatIsoDate } from '../format';
import { DeleteRecord } from './DeleteRecord';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';

/** The story's events by date, each with every source's words for when and the date they resolve to. */
export function TimelineView(props: ViewProps) {
  const { corpus } = props.data;
  const { results: events, bar } = useSearch({
    label: 'Search events',
    noun: 'events',
    total: corpus.events.length,
    search: (query) => searchEvents(corpus, query),
  });
  const entries = timelineOf(events, props.data.index);
  const conflicts = entries.filter((e) => e.conflicting).length;
  return (
    <>
      <h2>Timeline</h2>
      {bar}
      {conflicts > 0 && <p>The sources put {conflicts === 1 ? 'one of these events' : `${conflicts} of these events`} on different dates; they are marked.</p>}
      <ol class="sl-timeline">
        {entries.map((entry) => (
          <li key={entry.event.id} class={entry.conflicting ? 'sl-conflicting' : undefined}>
            <h3>{entry.event.label}</h3>
            <p class="sl-when">{entry.event.date ? formatIsoDate(entry.event.date) : 'Date not established'}</p>
            <EventDates entry={entry} />
            {entry.event.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'events', id: entry.event.id }} />}
          </li>
        ))}
      </ol>
    </>
  );
}
