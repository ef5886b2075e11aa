import type { StoryDecision } from '../utils/match/types';
import type { PageReport } from '../utils/report/page-report';
import type { MessageKey } from '../utils/i18n/messages';
import type { Translator } from '../utils/i18n/translator';
import { useI18n } from './i18n';
import { cueWords } from './labels';

export const isRelated = (report: PageReport) => report.decision.relevance === 'related';

/** Why a page is related and not the dispute, from the engine's reasons and the cues it saw. */
export function relatedWhy(tr: Translator, decision: StoryDecision): string {
  const because = new Set(decision.relatedBecause ?? []);
  const cues = (decision.relatedCues ?? []).slice(0, 4).map((id) => cueWords(tr, id, id));
  const key: MessageKey =
    because.has('venture') && because.has('principals')
      ? 'related_because_both'
      : because.has('principals')
        ? 'related_because_principals'
        : 'related_because_venture';
  return cues.length > 0 ? tr.t(key, [tr.list(cues)]) : tr.t('related_because_none');
}

/** The line every card and the sidebar of a related page carry: it is not the dispute. */
export function RelatedNote(props: { report: PageReport; full?: boolean }) {
  const tr = useI18n();
  if (!isRelated(props.report)) return null;
  return (
    <div class="sl-related-note" role="note">
      <p>
        <strong>{tr.t('related_short')}</strong>
      </p>
      <p class="sl-muted">{relatedWhy(tr, props.report.decision)}</p>
      {props.full && <p class="sl-muted">{tr.t('related_shows')}</p>}
    </div>
  );
}

/** The popup's verdict on a related page, and why. */
export function RelatedHeading(props: { decision: StoryDecision }) {
  const tr = useI18n();
  return (
    <>
      <h2 class="sl-related-heading">{tr.t('related_heading')}</h2>
      <p>{relatedWhy(tr, props.decision)}</p>
      <p class="sl-muted">{tr.t('related_shows')}</p>
    </>
  );
}
