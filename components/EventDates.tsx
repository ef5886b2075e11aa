import type { TimelineEntry } from '../utils/report/story-tables';
import { Rich, slots } from './Heading';
import { useI18n } from './i18n';

/** Each source's words for when an event happened, with the sources that put it on another day marked. */
export function EventDates(props: { entry: TimelineEntry }) {
  const tr = useI18n();
  const { entry } = props;
  return (
    <>
      {entry.conflicting && (
        <p class="sl-warning">
          <span aria-hidden="true">⚠ </span>
          {tr.t('card_dates_conflict')}
        </p>
      )}
      <ul class="sl-event-dates">
        {entry.statements.map((s, i) => (
          <li key={i} class={s.differs ? 'sl-differs' : undefined}>
            <Rich
              text={tr.t(s.differs ? 'card_event_statement_other_day' : 'card_event_statement', slots(3))}
              parts={[<span class="sl-source">{s.label}</span>, <q dir="auto">{s.text}</q>, s.date ? tr.date(s.date) : tr.t('card_no_exact_date')]}
              tags={{ flag: (words) => <strong class="sl-flag">{words}</strong> }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
