import type { DateMatch } from '../utils/match/types';
import { disagreementsForEvent, timelineEntry } from '../utils/report/story-tables';
import { Card, type CardProps } from './Card';
import { DisagreementSection } from './DisagreementList';
import { EventDates } from './EventDates';
import { formatIsoDate } from './format';
import { deeper, Heading } from './Heading';

export type DateCardProps = CardProps<DateMatch>;

const AGREEMENT: Record<DateMatch['agreement'], string> = {
  agrees: 'Agrees with the corpus date',
  differs: 'Differs from the corpus date',
  unknown: 'Unknown: the corpus gives no date to compare with',
};

/** A date on the page against the sources' dates for the same event. */
export function DateCard(props: DateCardProps) {
  const { match, report, index } = props;
  const level = props.headingLevel ?? 3;
  const sub = deeper(level);
  const event = match.eventId ? index.events.get(match.eventId) : undefined;
  const disagreements = event ? disagreementsForEvent(report, event.id) : [];

  return (
    <Card class="sl-date-card" level={level} title={event?.label ?? 'A date the corpus does not tie to an event'}>
      <p>
        On this page: <strong>{match.text}</strong>
        {match.date && ` (${formatIsoDate(match.date)})`}.
      </p>
      <p class={`sl-agreement sl-${match.agreement}`}>
        {AGREEMENT[match.agreement]}
        {event?.date && match.agreement !== 'unknown' && `: ${formatIsoDate(event.date)}`}.
      </p>
      {event && (
        <>
          <Heading level={sub}>What each source says</Heading>
          <EventDates entry={timelineEntry(event, index)} />
        </>
      )}
      <DisagreementSection disagreements={disagreements} index={index} level={sub} />
    </Card>
  );
}
