import type { Utterance } from '../utils/corpus/schema';
import type { Translator } from '../utils/i18n/translator';
import type { QuoteMatch, QuoteTranslation } from '../utils/match/types';
import { disagreementsFor } from '../utils/report/page-report';
import { firstInCorpus, quoteSources, type QuoteSourceView } from '../utils/report/quote-sources';
import { Card, type CardProps } from './Card';
import { DiffLegend, DiffText } from './DiffText';
import { DisagreementSection } from './DisagreementList';
import { excerpt } from './format';
import { deeper, Heading, Rich, slots, type HeadingLevel } from './Heading';
import { useI18n } from './i18n';
import { formWords, matchClassWords, presentationWords } from './labels';

export type QuoteCardProps = CardProps<QuoteMatch>;

function speakerOf(tr: Translator, u: Utterance | undefined): string {
  if (!u) return tr.t('card_unknown_speaker');
  return u.speaker ?? tr.t('card_term_title');
}

/** "First said on X, @handle, <date>.", in the variant of what the sources establish. */
function firstSaid(tr: Translator, u: Utterance): string {
  const places = [u.platform, u.handle].filter((s): s is string => Boolean(s));
  const where = places.length > 0 ? tr.list(places, 'unit') : null;
  const when = u.firstSaid ? tr.date(u.firstSaid) : null;
  if (where && when) return tr.t('card_first_said', [where, when]);
  if (where) return tr.t('card_first_said_undated', [where]);
  if (when) return tr.t('card_first_said_nowhere', [when]);
  return tr.t('card_first_said_unknown');
}

/** Who said it, where and when, in the speaker's own words when a source shows them. */
function OriginalPost(props: { utterance: Utterance }) {
  const tr = useI18n();
  const u = props.utterance;
  return (
    <div class="sl-original">
      <p>{firstSaid(tr, u)}</p>
      <blockquote class="sl-quote-text">{u.original}</blockquote>
    </div>
  );
}

function FirstInCorpus(props: { views: QuoteSourceView[] }) {
  const tr = useI18n();
  const first = firstInCorpus(props.views);
  if (first.length === 0) return <p>{tr.t('card_first_undated')}</p>;
  return <p>{tr.t('card_first_in_corpus', [tr.list(first.map((v) => v.label)), tr.date(first[0]!.published)])}</p>;
}

/** What a translation keeps of the utterance, idea by idea: translations often drop a sentence. */
function TranslationIdeas(props: { translation: QuoteTranslation }) {
  const tr = useI18n();
  const { translation: t } = props;
  return (
    <div class="sl-translation">
      <p>{tr.count('card_translation_ideas', t.matched.length + t.missing.length, [t.matched.length, tr.languageName(t.language)])}</p>
      <ul class="sl-ideas">
        {t.matched.map((idea) => (
          <li key={`m-${idea}`} class="sl-idea-matched">
            {tr.t('card_idea_carried', [idea])}
          </li>
        ))}
        {t.missing.map((idea) => (
          <li key={`x-${idea}`} class="sl-idea-missing">
            {tr.t('card_idea_missing', [idea])}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceWordings(props: { view: QuoteSourceView; level: HeadingLevel; translated: boolean }) {
  const tr = useI18n();
  const { view, translated } = props;
  return (
    <li class="sl-source-wordings">
      <Heading level={props.level} class="sl-source">
        {view.label}
      </Heading>
      <p class="sl-muted">{view.published ? tr.t('card_published', [tr.date(view.published)]) : tr.t('card_published_unknown')}</p>
      <ul>
        {view.wordings.map((w) => {
          const form = formWords(tr, w.wording.form);
          const presentation = presentationWords(tr, w.wording.presentation);
          return (
            <li key={w.wording.id}>
              <p class="sl-muted">
                {w.similarity !== null && !translated
                  ? tr.t('card_wording_similar', [form, presentation, tr.number(Math.round(w.similarity * 100) / 100, { style: 'percent' })])
                  : tr.t('card_wording', [form, presentation])}
              </p>
              <p class="sl-wording">
                <q dir="auto">{w.wording.text}</q>
              </p>
              {translated ? null : w.diff.some((part) => part.added || part.removed) ? (
                <p class="sl-wording-diff">
                  <span class="sl-muted">{tr.t('card_against_page')} </span>
                  <DiffText parts={w.diff} />
                </p>
              ) : (
                <p class="sl-muted">{tr.t('card_same_words')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** One quote on the page checked against the corpus. */
export function QuoteCard(props: QuoteCardProps) {
  const tr = useI18n();
  const { match, report, index } = props;
  const level = props.headingLevel ?? 3;
  const sub = deeper(level);
  const utterance = index.utterances.get(match.utteranceId);
  const views = quoteSources(match, index);
  const disagreements = disagreementsFor(report, { utteranceId: match.utteranceId });

  return (
    <Card report={report}
      class="sl-quote-card"
      level={level}
      title={speakerOf(tr, utterance)}
      head={
        <>
          {utterance && <p class="sl-muted">{utterance.label}</p>}
          <p class={`sl-badge sl-badge-${match.matchClass}`}>{matchClassWords(tr, match.matchClass)}</p>
        </>
      }
    >
      <p>
        <Rich text={tr.t('card_on_page_quote', slots(1))} parts={[<q dir="auto">{excerpt(match.pageText, 400)}</q>]} />
      </p>
      {match.translation && <TranslationIdeas translation={match.translation} />}

      {utterance?.kind === 'statement' && (
        <>
          <Heading level={sub}>{tr.t('card_original')}</Heading>
          <OriginalPost utterance={utterance} />
        </>
      )}
      {utterance?.kind === 'term' && <p>{tr.t('card_term_note')}</p>}

      <Heading level={sub}>{tr.t('card_in_corpus')}</Heading>
      {views.length === 0 ? (
        <p>{tr.t('card_no_carrier')}</p>
      ) : (
        <>
          <FirstInCorpus views={views} />
          <p>{tr.count('card_carried_by', views.length, [tr.list(views.map((v) => v.label))])}</p>
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
