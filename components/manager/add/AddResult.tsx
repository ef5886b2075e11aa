import type { Corpus } from '../../../utils/corpus/schema';
import type { DraftRecords } from '../../../utils/corpus/draft-records';
import type { PageDraft } from '../../../utils/corpus/page-draft';
import type { Route } from '../../../utils/manager/routes';
import { corpusSides } from './QuotationEditor';
import { DiffText } from '../../DiffText';
import { useI18n } from '../../i18n';

export interface SavedPage {
  draft: PageDraft;
  saved: DraftRecords;
  /** The corpus before the page was added: what its quotations were matched against. */
  before: Corpus;
}

/** After saving: where each quotation went, the known utterance (with the diff) or a new one. */
export function AddResult(props: { result: SavedPage; navigate(route: Route): void }) {
  const tr = useI18n();
  const { draft, saved, before } = props.result;
  const kept = draft.quotations.filter((q) => q.include);
  const known = kept.filter((q) => !saved.quotations.get(q.key)?.isNew).length;
  const figures = draft.figures.filter((f) => f.include).length;
  return (
    <section aria-labelledby="sl-saved-heading">
      <h3 id="sl-saved-heading" tabIndex={-1}>
        {tr.t('manager_saved_heading', [draft.source.headline || draft.source.outlet || draft.source.url])}
      </h3>
      <p>
        {tr.count('manager_saved_quotations', kept.length, [known, tr.count('manager_n_new_utterances', kept.length - known)])}{' '}
        {tr.count('manager_saved_figures', figures)}
      </p>
      <ol class="sl-records">
        {kept.map((q) => {
          const where = saved.quotations.get(q.key)!;
          const utterance = before.utterances.find((u) => u.id === where.utteranceId);
          const match = q.match.kind === 'existing' && q.match.utteranceId === where.utteranceId ? q.match : null;
          const speaker = q.speaker.trim();
          const how = match ? tr.t(`manager_saved_match_${match.matchClass}`) : tr.t('manager_as_you_chose');
          const label = utterance?.label ?? where.utteranceId;
          return (
            <li key={q.key} class="sl-record">
              <p class="sl-quote-text">{tr.t('manager_quoted_text', [q.text])}</p>
              {where.isNew ? (
                <p>{speaker ? tr.t('manager_saved_new_by', [speaker, where.utteranceId]) : tr.t('manager_saved_new', [where.utteranceId])}</p>
              ) : (
                <>
                  <p>
                    {utterance?.speaker
                      ? tr.t('manager_saved_wording_by', [label, utterance.speaker, how])
                      : tr.t('manager_saved_wording', [label, how])}
                  </p>
                  {match && (
                    <p class="sl-wording">
                      <DiffText parts={match.diff} sides={corpusSides(tr)} />
                    </p>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
      <div class="sl-actions">
        <button type="button" class="sl-button sl-primary" onClick={() => props.navigate({ view: 'utterances', draftId: null })}>
          {tr.t('manager_see_utterances')}
        </button>
        <button type="button" class="sl-button" onClick={() => props.navigate({ view: 'sources', draftId: null })}>
          {tr.t('manager_see_sources')}
        </button>
      </div>
    </section>
  );
}
