import type { ComponentChildren } from 'preact';
import type { Disagreement } from '../utils/corpus/schema';
import type { MessageKey } from '../utils/i18n/messages';
import type { ReportIndex } from '../utils/report/page-report';
import { sourceLabelFor } from '../utils/report/source-names';
import { deeper, Heading, Rich, slots, type HeadingLevel } from './Heading';
import { useI18n } from './i18n';

/** What the sources disagree on, as the sentence that introduces the corpus's summary. */
const KIND_MESSAGES: Record<Disagreement['kind'], MessageKey> = {
  wording: 'card_disagreement_wording',
  figure: 'card_disagreement_figure',
  date: 'card_disagreement_date',
  attribution: 'card_disagreement_attribution',
  fact: 'card_disagreement_fact',
};

/** One disagreement under its topic: what differs, and which sources say what. */
export function DisagreementBody(props: { disagreement: Disagreement; index: ReportIndex }) {
  const tr = useI18n();
  const d = props.disagreement;
  return (
    <>
      <p class="sl-muted">{tr.t(KIND_MESSAGES[d.kind], [d.summary])}</p>
      <ul class="sl-positions">
        {d.positions.map((p, i) => (
          <li key={i}>
            <Rich
              text={tr.t('card_position', slots(2))}
              parts={[<span class="sl-source">{tr.list(p.sourceIds.map((id) => sourceLabelFor(props.index, id)))}</span>, <q dir="auto">{p.says}</q>]}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

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
          <DisagreementBody disagreement={d} index={props.index} />
          {props.details?.(d)}
        </li>
      ))}
    </ul>
  );
}

/** A titled block of disagreements, or nothing when there are none. */
export function DisagreementSection(props: { disagreements: Disagreement[]; index: ReportIndex; level: HeadingLevel; title?: string }) {
  const tr = useI18n();
  if (props.disagreements.length === 0) return null;
  return (
    <>
      <Heading level={props.level}>{props.title ?? tr.t('card_disagreements_heading')}</Heading>
      <DisagreementList disagreements={props.disagreements} index={props.index} level={deeper(props.level)} />
    </>
  );
}
