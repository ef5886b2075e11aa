import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { PageReport, ReportIndex } from '../utils/report/page-report';
import { Heading, type HeadingLevel } from './Heading';
import { RelatedNote } from './RelatedNote';

/** What every card takes: one match, the report it belongs to, and the report's index. */
export interface CardProps<M> {
  match: M;
  report: PageReport;
  index: ReportIndex;
  /** The card's heading level, so it nests in the sidebar or the popup; 3 by default. */
  headingLevel?: HeadingLevel;
}

/** An article named by its heading, with optional lines under the heading. */
export function Card(props: { class: string; level: HeadingLevel; title: string; head?: ComponentChildren; children: ComponentChildren; report?: PageReport }) {
  const headingId = useId();
  return (
    <article class={`sl-card ${props.class}`} aria-labelledby={headingId}>
      <header class="sl-card-head">
        <Heading level={props.level} id={headingId}>
          {props.title}
        </Heading>
        {props.head}
        {props.report && <RelatedNote report={props.report} />}
      </header>
      {props.children}
    </article>
  );
}
