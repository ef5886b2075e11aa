import type { StoryDecision } from '../../utils/match/types';
import { useI18n } from '../i18n';
import { cueWords, signalKindWords } from '../labels';

/** Why the page is (or is not) about the story: each signal with its weight, and the score against the bar. */
export function StoryReasons(props: { decision: StoryDecision }) {
  const tr = useI18n();
  const { decision } = props;
  const score = tr.number(decision.score);
  const threshold = tr.number(decision.threshold);
  // A score can reach the bar on names alone (a racecard with a horse called Stargate Rising), yet
  // the page never names the story; the signal that says so carries no weight of its own.
  const namesOnly = decision.relevance !== 'related' && !decision.isStory && decision.score >= decision.threshold;
  const verdict = decision.relevance === 'related'
    ? tr.t('popup_score_related', [score, threshold])
    : namesOnly
    ? tr.t('popup_score_names_only', [score, threshold])
    : decision.isStory
      ? tr.t('popup_score_reached', [score, threshold])
      : tr.t('popup_score_below', [score, threshold]);
  const signed = (n: number) => tr.number(n, { signDisplay: 'exceptZero', maximumFractionDigits: 2 });
  return (
    <div class="sl-reasons">
      <p>{verdict}</p>
      {decision.signals.length > 0 ? (
        <ul class="sl-signals">
          {decision.signals.map((s, i) => (
            <li key={i} class={s.weight < 0 || s.kind === 'negative' ? 'sl-signal-against' : undefined}>
              {tr.t('popup_signal', [signalKindWords(tr, s.kind), cueWords(tr, s.cue, s.label)])}
              {s.weight !== 0 && <span class="sl-weight"> {tr.t('popup_signal_weight', [signed(s.weight)])}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr.t('popup_no_signals')}</p>
      )}
    </div>
  );
}
