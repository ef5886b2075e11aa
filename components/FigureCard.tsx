import type { FigureStatement } from '../utils/corpus/schema';
import type { FigureMatch, FigureValueSource } from '../utils/match/types';
import { disagreementsFor, type ReportIndex } from '../utils/report/page-report';
import { sourceLabelFor } from '../utils/report/source-names';
import { Card, type CardProps } from './Card';
import { DisagreementSection } from './DisagreementList';
import { formatFigureValue, languageName, listWords } from './format';
import { deeper, Heading } from './Heading';
import { plural, qualifierWords } from './labels';

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

const VERDICT_WORDS: Record<Verdict, string> = {
  agrees: 'agrees with the page',
  differs: 'differs from the page',
  'not compared': 'not compared with the page',
};

function AgreementSentence(props: { match: FigureMatch; index: ReportIndex }) {
  const { match, index } = props;
  const names = (list: FigureValueSource[]) => listWords([...new Set(list.map((s) => sourceLabelFor(index, s.sourceId)))]);
  const agreeing = new Set(match.agreeing.map((s) => s.sourceId)).size;
  const differing = new Set(match.differing.map((s) => s.sourceId)).size;
  if (match.agreement === 'agrees')
    return <p class="sl-agreement sl-agrees">Agrees: {plural(agreeing, 'source')} give the same figure ({names(match.agreeing)}).</p>;
  if (match.agreement === 'differs')
    return (
      <p class="sl-agreement sl-differs">
        Differs: the page’s figure differs from {plural(differing, 'source')} ({names(match.differing)})
        {agreeing > 0 && `; ${plural(agreeing, 'source')} agree (${names(match.agreeing)})`}.
      </p>
    );
  return (
    <p class="sl-agreement sl-unknown">
      Unknown: {match.figureId ? 'the sources do not let us compare it.' : 'no figure in the corpus matches this one.'}
    </p>
  );
}

/** One figure on the page against every source's figure for the same measure. */
export function FigureCard(props: FigureCardProps) {
  const { match, report, index } = props;
  const level = props.headingLevel ?? 3;
  const sub = deeper(level);
  const figure = match.figureId ? index.figures.get(match.figureId) : undefined;
  const disagreements = match.figureId ? disagreementsFor(report, { figureId: match.figureId }) : [];

  return (
    <Card class="sl-figure-card" level={level} title={figure?.measure ?? 'A figure the corpus does not cover'}>
      <p>
        On this page: <strong>{match.text}</strong>
        {match.language ? ` = ${formatFigureValue(match.value, match.unit)}` : ` (${formatFigureValue(match.value, match.unit)}`}
        {match.language ? ` (${qualifierWords(match.qualifier)}, read in ${languageName(match.language)})` : `, ${qualifierWords(match.qualifier)})`}.
      </p>
      <AgreementSentence match={match} index={index} />

      {figure && figure.statements.length > 0 && (
        <>
          <Heading level={sub}>What each source says</Heading>
          <ul class="sl-figure-statements">
            {figure.statements.map((s, i) => {
              const verdict = verdictFor(match, s);
              return (
                <li key={i} class={`sl-verdict-${verdict.replace(' ', '-')}`}>
                  <span class="sl-source">{sourceLabelFor(index, s.sourceId)}</span>
                  {': '}
                  <q>{s.text}</q> ({qualifierWords(s.qualifier)}) — <strong>{VERDICT_WORDS[verdict]}</strong>
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
