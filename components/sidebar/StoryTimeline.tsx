import type { PageReport, ReportIndex } from '../../utils/report/page-report';
import { storyTimeline } from '../../utils/report/story-tables';
import { EventDates } from '../EventDates';
import { Heading, type HeadingLevel } from '../Heading';
import { useI18n } from '../i18n';

/** The story's events by date, each with every source's words for when it happened. */
export function StoryTimeline(props: { report: PageReport; index: ReportIndex; level: HeadingLevel }) {
  const tr = useI18n();
  const entries = storyTimeline(props.report, props.index);
  if (entries.length === 0) return <p>{tr.t('sidebar_no_events')}</p>;
  return (
    <ol class="sl-timeline">
      {entries.map((entry) => (
        <li key={entry.event.id} class={entry.conflicting ? 'sl-conflicting' : undefined}>
          <Heading level={props.level}>{entry.event.label}</Heading>
          <p class="sl-when">{entry.event.date ? tr.date(entry.event.date) : tr.t('sidebar_date_not_established')}</p>
          <EventDates entry={entry} />
        </li>
      ))}
    </ol>
  );
}
