import type { PageReport, ReportIndex } from '../../utils/report/page-report';
import { storyTimeline } from '../../utils/report/story-tables';
import { EventDates } from '../EventDates';
import { formatIsoDate } from '../format';
import { Heading, type HeadingLevel } from '../Heading';

/** The story's events by date, each with every source's words for when it happened. */
export function StoryTimeline(props: { report: PageReport; index: ReportIndex; level: HeadingLevel }) {
  const entries = storyTimeline(props.report, props.index);
  if (entries.length === 0) return <p>No event of the story is involved on this page.</p>;
  return (
    <ol class="sl-timeline">
      {entries.map((entry) => (
        <li key={entry.event.id} class={entry.conflicting ? 'sl-conflicting' : undefined}>
          <Heading level={props.level}>{entry.event.label}</Heading>
          <p class="sl-when">{entry.event.date ? formatIsoDate(entry.event.date) : 'Date not established'}</p>
          <EventDates entry={entry} />
        </li>
      ))}
    </ol>
  );
}
