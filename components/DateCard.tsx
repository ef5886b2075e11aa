import type { DateMatch } from '../utils/match/types';
import { disagreementsForEvent, timelineEntry } from '../utils/report/story-tables';
import { Card, type CardProps } from './Card';
import { DisagreementSection } from './DisagreementList';
import { EventDates } from './EventDates';
import { deeper, Heading, Rich, slots } from './Heading';
import { useI18n } from './i18n';
import type { Translator } from '../utils/i18n/translator';

export type DateCardProps = CardProps<DateMatch>;

/** The verdict on the page's date, with the corpus's date when there is one to compare with. */
function agreementSentence(tr: Translator, agreement: DateMatch['agreement'], corpusDate: string | null | undefined): string {
  if (agreement === 'unknown') return tr.t('card_date_unknown');
  if (agreement === 'agrees') return corpusDate ? tr.t('card_date_agrees_with', [tr.date(corpusDate)]) : tr.t('card_date_agrees');
  return corpusDate ? tr.t('card_date_differs_from', [tr.date(corpusDate)]) : tr.t('card_date_differs');
}

const RESOLVED_FROM = {
  'json-ld': 'card_resolved_article',
  meta: 'card_resolved_article',
  time: 'card_resolved_article',
  dateline: 'card_resolved_dateline',
  read: 'card_resolved_read',
  text: 'card_resolved_text',
} as const;

/** How a relative date ("Tuesday", "last week") came to a calendar date: "Tuesday = …, from the article's date". */
function resolutionSentence(tr: Translator, match: DateMatch): string {
  const r = match.resolved!;
  const when = r.until && r.until !== r.date ? tr.dateRange(r.date, r.until) : tr.date(r.date);
  return tr.t(RESOLVED_FROM[r.from], [match.text, when]);
}

/** A date on the page against the sources' dates for the same event. */
export function DateCard(props: DateCardProps) {
  const tr = useI18n();
  const { match, report, index } = props;
  const level = props.headingLevel ?? 3;
  const sub = deeper(level);
  const event = match.eventId ? index.events.get(match.eventId) : undefined;
  const disagreements = event ? disagreementsForEvent(report, event.id) : [];

  return (
    <Card report={report} class="sl-date-card" level={level} title={event?.label ?? tr.t('card_date_no_event')}>
      <p>
        <Rich
          text={match.date ? tr.t('card_date_on_page', slots(2)) : tr.t('card_date_on_page_undated', slots(1))}
          parts={[<strong>{match.text}</strong>, match.date ? tr.date(match.date) : null]}
        />
      </p>
      {match.resolved && <p class="sl-resolved">{resolutionSentence(tr, match)}</p>}
      <p class={`sl-agreement sl-${match.agreement}`}>{agreementSentence(tr, match.agreement, event?.date)}</p>
      {event && (
        <>
          <Heading level={sub}>{tr.t('card_each_source_says')}</Heading>
          <EventDates entry={timelineEntry(event, index)} />
        </>
      )}
      <DisagreementSection disagreements={disagreements} index={index} level={sub} />
    </Card>
  );
}
