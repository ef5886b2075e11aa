import { notesFromAnnotations } from '../../utils/storage/annotation-notes';
import { useI18n } from '../i18n';
import { ConfirmedAction } from './ConfirmedAction';
import { FileImport, type ImportOutcome } from './FileImport';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';
import { failureText, importSummaryText } from '../problems';

function ResetCorpus(props: ViewProps) {
  const tr = useI18n();
  const { corpus } = props.data;
  const yours = [corpus.sources, corpus.utterances, corpus.wordings, corpus.figures, corpus.events, corpus.disagreements]
    .flat()
    .filter((r) => r.origin === 'user').length;
  const reset = async () => {
    const { removed } = await props.services.store.resetToCurated();
    props.announce(tr.count('manager_reset_done', removed));
    await props.onChanged({ corpus: true });
  };
  return (
    <section aria-labelledby="sl-reset-heading">
      <h3 id="sl-reset-heading">{tr.t('manager_reset_heading')}</h3>
      <p>{tr.count('manager_reset_explain', yours)}</p>
      <ConfirmedAction
        label={tr.t('manager_reset_button')}
        disabled={yours === 0}
        title={tr.count('manager_reset_title', yours)}
        confirmLabel={tr.t('manager_reset_confirm')}
        action={reset}
      >
        <p>{tr.t('manager_reset_body')}</p>
      </ConfirmedAction>
    </section>
  );
}

/** Export and import of the corpus and of highlights, and the reset to the curated corpus. */
export function TransferView(props: ViewProps) {
  const tr = useI18n();
  const { services } = props;
  const day = () => services.now().toISOString().slice(0, 10);
  const exportCorpus = async (scope: 'user' | 'all') => {
    const text = await services.store.exportCorpus({ scope });
    const filename = `source-lens-corpus-${scope === 'user' ? 'yours' : 'all'}-${day()}.json`;
    services.download(filename, text, 'application/json');
    props.announce(tr.t(scope === 'user' ? 'manager_exported_user' : 'manager_exported_all', [filename]));
  };
  const importCorpus = async (text: string): Promise<ImportOutcome> => {
    const result = await services.store.importCorpus(text);
    if (result.ok) await props.onChanged({ corpus: true });
    return result.ok
      ? { ok: true, message: importSummaryText(tr, { added: result.added, unchanged: result.unchanged, notes: result.notes }) }
      : { ok: false, message: failureText(tr, result), errors: result.errors };
  };
  const importAnnotations = async (text: string): Promise<ImportOutcome> => {
    const read = notesFromAnnotations(text, props.data.corpus, props.data.notes);
    if (!read.ok) return { ok: false, message: failureText(tr, read), errors: read.errors };
    await services.store.addNotes(read.entries);
    await props.onChanged({ corpus: false });
    const sentences = [tr.count('manager_notes_added', read.entries.length)];
    if (read.alreadyKept > 0) sentences.push(tr.count('manager_highlights_kept', read.alreadyKept));
    if (read.skipped.length > 0) sentences.push(tr.count('manager_highlights_skipped', read.skipped.length));
    return { ok: true, message: sentences.join(' ') };
  };
  return (
    <>
      <h2>{viewTitle(tr, 'transfer')}</h2>
      <section aria-labelledby="sl-export-heading">
        <h3 id="sl-export-heading">{tr.t('manager_export_heading')}</h3>
        <p>{tr.t('manager_export_explain')}</p>
        <div class="sl-actions">
          <button type="button" class="sl-button" onClick={() => void exportCorpus('user')}>
            {tr.t('manager_export_user')}
          </button>
          <button type="button" class="sl-button" onClick={() => void exportCorpus('all')}>
            {tr.t('manager_export_all')}
          </button>
        </div>
      </section>
      <section aria-labelledby="sl-import-heading">
        <h3 id="sl-import-heading">{tr.t('manager_import_heading')}</h3>
        <p>{tr.t('manager_import_explain')}</p>
        <FileImport label={tr.t('manager_import_label')} accept=".json,application/json" onText={importCorpus} />
      </section>
      <section aria-labelledby="sl-annotations-heading">
        <h3 id="sl-annotations-heading">{tr.t('manager_annotations_heading')}</h3>
        <p>{tr.t('manager_annotations_explain')}</p>
        <FileImport
          label={tr.t('manager_annotations_label')}
          accept=".jsonld,.json,application/ld+json,application/json"
          onText={importAnnotations}
        />
      </section>
      <ResetCorpus {...props} />
    </>
  );
}
