import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createCrossReferencer } from '../../utils/corpus/cross-reference';
import { draftToRecords } from '../../utils/corpus/draft-records';
import { proposeDraft, rematchQuotation, type PageDraft } from '../../utils/corpus/page-draft';
import { DiffLegend } from '../DiffText';
import { useI18n } from '../i18n';
import { AddResult, type SavedPage } from './add/AddResult';
import { forgetEdits, recallEdits, rememberEdits } from './add/draft-edits';
import { FigureEditor } from './add/FigureEditor';
import { QuotationEditor } from './add/QuotationEditor';
import { SourceForm } from './add/SourceForm';
import { PageLink } from './PageLink';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';
import { errorText } from '../problems';

type Phase = { kind: 'loading' } | { kind: 'missing' } | { kind: 'editing'; draft: PageDraft } | { kind: 'saved'; result: SavedPage };

function Missing(props: { draftId: string | null }) {
  const tr = useI18n();
  return <p>{tr.t(props.draftId ? 'manager_add_draft_gone' : 'manager_add_no_page')}</p>;
}

/** "Add this page to the corpus": the proposals for an extracted page, edited, then saved at once. */
export function AddView(props: ViewProps & { draftId: string | null }) {
  const tr = useI18n();
  const { services, data } = props;
  const [phase, setPhase] = useState<Phase>({ kind: props.draftId ? 'loading' : 'missing' });
  const [error, setError] = useState<string | null>(null);
  const referencer = useMemo(() => createCrossReferencer(data.corpus), [data.corpus]);
  const savedHeading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!props.draftId) return setPhase({ kind: 'missing' });
    let live = true;
    setPhase({ kind: 'loading' });
    const draftId = props.draftId;
    void services.loadDraft(draftId).then((article) => {
      if (!live) return;
      if (!article) {
        forgetEdits(draftId);
        return setPhase({ kind: 'missing' });
      }
      const draft = recallEdits(draftId) ?? proposeDraft(article, referencer);
      rememberEdits(draftId, draft);
      setPhase({ kind: 'editing', draft });
    });
    return () => void (live = false);
    // The proposal is made once per draft; later corpus reloads keep the user's edits.
  }, [props.draftId]);

  useEffect(() => {
    if (phase.kind === 'saved') savedHeading.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [phase.kind]);

  const title = viewTitle(tr, 'add');
  if (phase.kind === 'loading') return <><h2>{title}</h2><p role="status">{tr.t('manager_add_reading')}</p></>;
  if (phase.kind === 'missing') return <><h2>{title}</h2><Missing draftId={props.draftId} /></>;
  if (phase.kind === 'saved') {
    return (
      <div ref={savedHeading}>
        <h2>{title}</h2>
        <AddResult result={phase.result} navigate={props.navigate} />
      </div>
    );
  }

  const { draft } = phase;
  const update = (patch: Partial<PageDraft>) => {
    const next = { ...draft, ...patch };
    if (props.draftId) rememberEdits(props.draftId, next);
    setPhase({ kind: 'editing', draft: next });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const before = data.corpus;
    const saved = draftToRecords(draft, before, services.now().toISOString());
    try {
      await services.store.addRecords(saved.records);
    } catch (e) {
      setError(errorText(tr, e));
      return;
    }
    if (props.draftId) {
      forgetEdits(props.draftId);
      await services.discardDraft(props.draftId);
    }
    setPhase({ kind: 'saved', result: { draft, saved, before } });
    props.announce(tr.t('manager_add_added', [draft.source.headline || draft.source.url]));
    await props.onChanged({ corpus: true });
  };
  const discard = async () => {
    if (props.draftId) {
      forgetEdits(props.draftId);
      await services.discardDraft(props.draftId);
    }
    props.announce(tr.t('manager_add_discarded'));
    props.navigate({ view: 'sources', draftId: null });
  };

  return (
    <>
      <h2>{title}</h2>
      <p>
        {tr.t('manager_add_read')} <PageLink url={draft.article.url} />
      </p>
      <p>{tr.t('manager_add_instructions')}</p>
      <form onSubmit={(e) => void save(e)} aria-label={tr.t('manager_add_form')}>
        <SourceForm source={draft.source} onChange={(source) => update({ source })} />
        <h3>{tr.count('manager_n_quotations', draft.quotations.length)}</h3>
        <DiffLegend />
        {draft.quotations.map((q, i) => (
          <QuotationEditor
            key={q.key}
            q={q}
            number={i + 1}
            corpus={data.corpus}
            onChange={(next) => update({ quotations: draft.quotations.map((x) => (x.key === q.key ? next : x)) })}
            onText={(text) =>
              update({ quotations: draft.quotations.map((x) => (x.key === q.key ? rematchQuotation(x, text, draft.article, referencer) : x)) })
            }
          />
        ))}
        <h3>{tr.count('manager_n_figures', draft.figures.length)}</h3>
        {draft.figures.map((f, i) => (
          <FigureEditor
            key={f.key}
            f={f}
            number={i + 1}
            corpus={data.corpus}
            onChange={(next) => update({ figures: draft.figures.map((x) => (x.key === f.key ? next : x)) })}
          />
        ))}
        {error && (
          <p class="sl-error" role="alert">
            {error}
          </p>
        )}
        <div class="sl-actions">
          <button type="submit" class="sl-button sl-primary">
            {tr.t('manager_add_save')}
          </button>
          <button type="button" class="sl-button" onClick={() => void discard()}>
            {tr.t('manager_add_discard')}
          </button>
        </div>
      </form>
    </>
  );
}
