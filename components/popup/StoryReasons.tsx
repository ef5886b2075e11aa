import type { StoryDecision } from '../../utils/match/types';
import { SIGNAL_KIND_WORDS } from '../labels';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const signed = (n: number) => (n < 0 ? `−${number(-n)}` : `+${number(n)}`);

/** Why the page is (or is not) about the story: each signal with its weight, and the score against the bar. */
export function StoryReasons(props: { decision: StoryDecision }) {
  const { decision } = props;
  const verdict = decision.isStory ? 'at or above' : 'below';
  // A score can reach the bar on names alone (a racecard with a horse called Stargate Rising), yet
  // the page never names the story; the signal that says so carries no weight of its own.
  const namesOnly = !decision.isStory && decision.score >= decision.threshold;
  return (
    <div class="sl-reasons">
      <p>
        {namesOnly
          ? `The page scored ${number(decision.score)}, enough for the ${number(decision.threshold)} needed, but only on names that never place it in the story.`
          : `The page scored ${number(decision.score)}, ${verdict} the ${number(decision.threshold)} needed.`}
      </p>
      {decision.signals.length > 0 ? (
        <ul class="sl-signals">
          {decision.signals.map((s, i) => (
            <li key={i} class={s.weight < 0 || s.kind === 'negative' ? 'sl-signal-against' : undefined}>
              {SIGNAL_KIND_WORDS[s.kind]}: {s.label}
              {s.weight !== 0 && <span class="sl-weight"> ({signed(s.weight)})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing in it points to the story.</p>
      )}
    </div>
  );
}
