import { searchEvents } from '../../utils/manager/search';
import { timelineOf } from '../../utils/report/story-tables';
import { EventDates } from '../EventDates';
import { useI18n } from '../i18n';
import { DeleteRecord } from './DeleteRecord';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';

/** The story's events by date, each with every source's words for when and the date they resolve to. */
export function TimelineView(props: ViewProps) {
  const tr = useI18n();
  const { corpus } = props.data;
  const { results: events, bar } = useSearch({
    noun: 'events',
    total: corpus.events.length,
    search: (query) => searchEvents(corpus, query),
  });
  const entries = timelineOf(events, props.data.index);
  const conflicts = entries.filter((e) => e.conflicting).length;
  return (
    <>
      <h2>{viewTitle(tr, 'timeline')}</h2>
      {bar}
      {conflicts > 0 && <p>{tr.count('manager_timeline_conflicts', conflicts)}</p>}
      <ol class="sl-timeline">
        {entries.map((entry) => (
          <li key={entry.event.id} class={entry.conflicting ? 'sl-conflicting' : undefined}>
            <h3>{entry.event.label}</h3>
            <p class="sl-when">{entry.event.date ? tr.date(entry.event.date) : tr.t('manager_date_not_established')}</p>
            <EventDates entry={entry} />
            {entry.event.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'events', id: entry.event.id }} />}
          </li>
        ))}
      </ol>
    </>
  );
}
