import type { FigureStatement } from '../utils/corpus/schema';
import type { MessageKey } from '../utils/i18n/messages';
import type { FigureMatch, FigureValueSource } from '../utils/match/types';
import { disagreementsFor, type ReportIndex } from '../utils/report/page-report';
import { sourceLabelFor } from '../utils/report/source-names';
import { Card, type CardProps } from './Card';
import { DisagreementSection } from './DisagreementList';
import { deeper, Heading, Rich, slots } from './Heading';
import { useI18n } from './i18n';
import { qualifierWords } from './labels';

export type FigureCardProps = CardProps<FigureMatch>;

type Verdict = 'agrees' | 'differs' | 'not compared';

const sameStatement = (a: FigureValueSource, s: FigureStatement) => a.sourceId === s.sourceId && a.text === s.text;

/** Whether one source's statement agrees with the page, as the engine judged it. */
function verdictFor(match: FigureMatch, s: FigureStatement): Verdict {
  if (match.agreeing.some((a) => sameStatement(a, s))) return 'agrees';
  if (match.differing.some((a) => sameStatement(a, s))) return 'differs';
  if (match.agreeing.some((a) => a.sourceId === s.sourceId)) return 'agrees';
  if (match.differing.some((a) => a.sourceId === s.sourceId)) return 'differs';
  return 'not compared';
}

/** One source's statement with the verdict on it, one message per verdict. */
const STATEMENT_MESSAGES: Record<Verdict, MessageKey> = {
  agrees: 'card_figure_statement_agrees',
  differs: 'card_figure_statement_differs',
  'not compared': 'card_figure_statement_not_compared',
};

function AgreementSentence(props: { match: FigureMatch; index: ReportIndex }) {
  const tr = useI18n();
  const { match, index } = props;
  const names = (list: FigureValueSource[]) => tr.list([...new Set(list.map((s) => sourceLabelFor(index, s.sourceId)))]);
  const agreeing = new Set(match.agreeing.map((s) => s.sourceId)).size;
  const differing = new Set(match.differing.map((s) => s.sourceId)).size;
  if (match.agreement === 'agrees')
    return <p class="sl-agreement sl-agrees">{tr.count('card_figure_agrees', agreeing, [names(match.agreeing)])}</p>;
  if (match.agreement === 'differs')
    return (
      <p class="sl-agreement sl-differs">
        {agreeing > 0
          ? tr.count('card_figure_differs_some_agree', differing, [
              names(match.differing),
              tr.count('card_figure_others_agree', agreeing, [names(match.agreeing)]),
            ])
          : tr.count('card_figure_differs', differing, [names(match.differing)])}
      </p>
    );
  return (
    <p class="sl-agreement sl-unknown">{tr.t(match.figureId ? 'card_figure_unknown_uncomparable' : 'card_figure_unknown_no_match')}</p>
  );
}

/** One figure on the page against every source's figure for the same measure. */
export function FigureCard(props: FigureCardProps) {
  const tr = useI18n();
  const { match, report, index } = props;
  const level = props.headingLevel ?? 3;
  const sub = deeper(level);
  const figure = match.figureId ? index.figures.get(match.figureId) : undefined;
  const disagreements = match.figureId ? disagreementsFor(report, { figureId: match.figureId }) : [];
  const value = tr.figure(match.value, match.unit);
  const qualifier = qualifierWords(tr, match.qualifier);

  return (
    <Card report={report} class="sl-figure-card" level={level} title={figure?.measure ?? tr.t('card_figure_not_covered')}>
      <p>
        <Rich
          text={match.language ? tr.t('card_figure_on_page_read_in', slots(4)) : tr.t('card_figure_on_page', slots(3))}
          parts={[<strong>{match.text}</strong>, value, qualifier, match.language ? tr.languageName(match.language) : null]}
        />
      </p>
      <AgreementSentence match={match} index={index} />

      {figure && figure.statements.length > 0 && (
        <>
          <Heading level={sub}>{tr.t('card_each_source_says')}</Heading>
          <ul class="sl-figure-statements">
            {figure.statements.map((s, i) => {
              const verdict = verdictFor(match, s);
              return (
                <li key={i} class={`sl-verdict-${verdict.replace(' ', '-')}`}>
                  <Rich
                    text={tr.t(STATEMENT_MESSAGES[verdict], slots(3))}
                    parts={[<span class="sl-source">{sourceLabelFor(index, s.sourceId)}</span>, <q dir="auto">{s.text}</q>, qualifierWords(tr, s.qualifier)]}
                    tags={{ verdict: (words) => <strong>{words}</strong> }}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}

      <DisagreementSection disagreements={disagreements} index={index} level={sub} />
    </Card>
  );
}
