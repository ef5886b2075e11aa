import type { Corpus } from '../../../utils/corpus/schema';
import type { DraftRecords } from '../../../utils/corpus/draft-records';
import type { PageDraft } from '../../../utils/corpus/page-draft';
import { plural } from '../../labels';
import type { Route } from '../../../utils/manager/routes';
import { CORPUS_SIDES } from './QuotationEditor';
import { DiffText } from '../../DiffText';
import { MATCH_CLASS_WORDS } from '../../labels';

export interface SavedPage {
  draft: PageDraft;
  saved: DraftRecords;
  /** The corpus before the page was added: what its quotations were matched against. */
  before: Corpus;
}

/** After saving: where each quotation went, the known utterance (with the diff) or a new one. */
export function AddResult(props: { result: SavedPage; navigate(route: Route): void }) {
  const { draft, saved, before } = props.result;
  const kept = draft.quotations.filter((q) => q.include);
  const known = kept.filter((q) => !saved.quotations.get(q.key)?.isNew).length;
  const figures = draft.figures.filter((f) => f.include).length;
  return (
    <section aria-labelledby="sl-saved-heading">
      <h3 id="sl-saved-heading" tabIndex={-1}>
        Saved “{draft.source.headline || draft.source.outlet || draft.source.url}”
      </h3>
      <p>
        {plural(kept.length, 'quotation')}: {known} of {kept.length} belong to utterances already in the corpus and were saved as new
        wordings of them; {plural(kept.length - known, 'new utterance')}. {plural(figures, 'figure')}.
      </p>
      <ol class="sl-records">
        {kept.map((q) => {
          const where = saved.quotations.get(q.key)!;
          const utterance = before.utterances.find((u) => u.id === where.utteranceId);
          const match = q.match.kind === 'existing' && q.match.utteranceId === where.utteranceId ? q.match : null;
          return (
            <li key={q.key} class="sl-record">
              <p class="sl-quote-text">“{q.text}”</p>
              {where.isNew ? (
                <p>
                  A new utterance{q.speaker.trim() ? ` by ${q.speaker.trim()}` : ''} (<code>{where.utteranceId}</code>).
                </p>
              ) : (
                <>
                  <p>
                    A new wording of <q>{utterance?.label ?? where.utteranceId}</q>
                    {utterance?.speaker && ` (${utterance.speaker})`}
                    {match && <>: {MATCH_CLASS_WORDS[match.matchClass].toLowerCase()}</>}
                    {!match && ': as you chose'}.
                  </p>
                  {match && (
                    <p class="sl-wording">
                      <DiffText parts={match.diff} sides={CORPUS_SIDES} />
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
          See the utterances
        </button>
        <button type="button" class="sl-button" onClick={() => props.navigate({ view: 'sources', draftId: null })}>
          See the sources
        </button>
      </div>
    </section>
  );
}
