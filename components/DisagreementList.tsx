import type { ComponentChildren } from 'preact';
import type { Disagreement } from '../utils/corpus/schema';
import type { ReportIndex } from '../utils/report/page-report';
import { sourceLabelFor } from '../utils/report/source-names';
import { listWords } from './format';
import { deeper, Heading, type HeadingLevel } from './Heading';

const KIND_WORDS: Record<Disagreement['kind'], string> = {
  wording: 'wording',
  figure: 'figure',
  date: 'date',
  attribution: 'who said or did it',
  fact: 'fact',
};

/** Where the sources disagree: each topic, what differs, and which sources say what. */
export function DisagreementList(props: {
  disagreements: Disagreement[];
  index: ReportIndex;
  level: HeadingLevel;
  /** More about each disagreement under its positions (the corpus manager lists the records it links). */
  details?: (d: Disagreement) => ComponentChildren;
}) {
  if (props.disagreements.length === 0) return null;
  return (
    <ul class="sl-disagreements">
      {props.disagreements.map((d) => (
        <li key={d.id} class="sl-disagreement">
          <Heading level={props.level}>{d.topic}</Heading>
          <p class="sl-muted">Disagreement on the {KIND_WORDS[d.kind]}. {d.summary}</p>
          <ul class="sl-positions">
            {d.positions.map((p, i) => (
              <li key={i}>
                <span class="sl-source">{listWords(p.sourceIds.map((id) => sourceLabelFor(props.index, id)))}</span>
                {': '}
                <q>{p.says}</q>
              </li>
            ))}
          </ul>
          {props.details?.(d)}
        </li>
      ))}
    </ul>
  );
}

/** A titled block of disagreements, or nothing when there are none. */
export function DisagreementSection(props: { disagreements: Disagreement[]; index: ReportIndex; level: HeadingLevel; title?: string }) {
  if (props.disagreements.length === 0) return null;
  return (
    <>
      <Heading level={props.level}>{props.title ?? 'Where sources disagree'}</Heading>
      <DisagreementList disagreements={props.disagreements} index={props.index} level={deeper(props.level)} />
    </>
  );
}
