import type { Utterance } from '../utils/corpus/schema';
import type { QuoteMatch } from '../utils/match/types';
import { disagreementsFor } from '../utils/report/page-report';
import { firstInCorpus, quoteSources, type QuoteSourceView } from '../utils/report/quote-sources';
import { Card, type CardProps } from './Card';
import { DiffLegend, DiffText } from './DiffText';
import { DisagreementSection } from './DisagreementList';
import { excerpt, formatIsoDate, languageName, listWords } from './format';
import type { QuoteTranslation } from '../utils/match/types';
import { deeper, Heading, type HeadingLevel } from './Heading';
import { FORM_WORDS, MATCH_CLASS_WORDS, plural, PRESENTATION_WORDS } from './labels';

export type QuoteCardProps = CardProps<QuoteMatch>;

function speakerOf(u: Utterance | undefined): string {
  if (!u) return 'Unknown speaker';
  return u.speaker ?? 'A term in quotation marks';
}

/** Who said it, where and when, in the speaker's own words when a source shows them. */
function OriginalPost(props: { utterance: Utterance }) {
  const u = props.utterance;
  const where = [u.platform, u.handle].filter(Boolean).join(', ');
  return (
    <div class="sl-original">
      <p>
        First said {where ? `on ${where}` : 'in a place the sources do not name'},{' '}
        {u.firstSaid ? formatIsoDate(u.firstSaid) : 'on a date the sources do not establish'}.
      </p>
      <blockquote class="sl-quote-text">{u.original}</blockquote>
    </div>
  );
}

function FirstInCorpus(props: { views: QuoteSourceView[] }) {
  const first = firstInCorpus(props.views);
  if (first.length === 0) return <p>No source carrying it has a publication date, so we cannot tell which came first.</p>;
  return (
    <p>
      First in the corpus: {listWords(first.map((v) => v.label))}, {formatIsoDate(first[0]!.published)}.
    </p>
  );
}

/** What a translation keeps of the utterance, idea by idea: translations often drop a sentence. */
function TranslationIdeas(props: { translation: QuoteTranslation }) {
  const { translation: t } = props;
  return (
    <div class="sl-translation">
      <p>
        A translation into {languageName(t.language)}: it carries {t.matched.length} of the {t.matched.length + t.missing.length} ideas of
        the original.
      </p>
      <ul class="sl-ideas">
        {t.matched.map((idea) => (
          <li key={`m-${idea}`} class="sl-idea-matched">
            Carries: {idea}
          </li>
        ))}
        {t.missing.map((idea) => (
          <li key={`x-${idea}`} class="sl-idea-missing">
            Leaves out: {idea}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceWordings(props: { view: QuoteSourceView; level: HeadingLevel; translated: boolean }) {
  const { view, translated } = props;
  return (
    <li class="sl-source-wordings">
      <Heading level={props.level} class="sl-source">
        {view.label}
      </Heading>
      <p class="sl-muted">{view.published ? `Published ${formatIsoDate(view.published)}` : 'Publication date unknown'}</p>
      <ul>
        {view.wordings.map((w) => (
          <li key={w.wording.id}>
            <p class="sl-muted">
              {FORM_WORDS[w.wording.form]} wording, {PRESENTATION_WORDS[w.wording.presentation]}
              {w.similarity !== null && !translated && `, ${Math.round(w.similarity * 100)}% similar to the page`}
            </p>
            <p class="sl-wording">
              <q>{w.wording.text}</q>
            </p>
            {translated ? null : w.diff.some((part) => part.added || part.removed) ? (
              <p class="sl-wording-diff">
                <span class="sl-muted">Against the page: </span>
                <DiffText parts={w.diff} />
              </p>
            ) : (
              <p class="sl-muted">Same words as the page.</p>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** One quote on the page checked against the corpus. */
export function QuoteCard(props: QuoteCardProps) {
  const { match, report, index } = props;
  const level = props.headingLevel ?? 3;
  const sub = deeper(level);
  const utterance = index.utterances.get(match.utteranceId);
  const views = quoteSources(match, index);
  const disagreements = disagreementsFor(report, { utteranceId: match.utteranceId });

  return (
    <Card
      class="sl-quote-card"
      level={level}
      title={speakerOf(utterance)}
      head={
        <>
          {utterance && <p class="sl-muted">{utterance.label}</p>}
          <p class={`sl-badge sl-badge-${match.matchClass}`}>{MATCH_CLASS_WORDS[match.matchClass]}</p>
        </>
      }
    >
      <p>
        On this page: <q>{excerpt(match.pageText, 400)}</q>
      </p>
      {match.translation && <TranslationIdeas translation={match.translation} />}

      {utterance?.kind === 'statement' && (
        <>
          <Heading level={sub}>Original</Heading>
          <OriginalPost utterance={utterance} />
        </>
      )}
      {utterance?.kind === 'term' && <p>A name or title the sources set in quotation marks; nobody is quoted.</p>}

      <Heading level={sub}>In the corpus</Heading>
      {views.length === 0 ? (
        <p>No corpus source carries it.</p>
      ) : (
        <>
          <FirstInCorpus views={views} />
          <p>
            Carried by {plural(views.length, 'source')}: {listWords(views.map((v) => v.label))}.
          </p>
          {!match.translation && <DiffLegend />}
          <ul class="sl-sources">
            {views.map((view) => (
              <SourceWordings key={view.sourceId} view={view} level={deeper(sub)} translated={match.translation !== undefined} />
            ))}
          </ul>
        </>
      )}

      <DisagreementSection disagreements={disagreements} index={index} level={sub} />
    </Card>
  );
}
