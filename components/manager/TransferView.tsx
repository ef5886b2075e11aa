import { notesFromAnnotations } from '../../utils/storage/annotation-notes';
import { plural } from '../labels';
import { ConfirmedAction } from './ConfirmedAction';
import { FileImport, type ImportOutcome } from './FileImport';
import type { ViewProps } from './types';

function ResetCorpus(props: ViewProps) {
  const { corpus } = props.data;
  const yours = [corpus.sources, corpus.utterances, corpus.wordings, corpus.figures, corpus.events, corpus.disagreements]
    .flat()
    .filter((r) => r.origin === 'user').length;
  const reset = async () => {
    const { removed } = await props.services.store.resetToCurated();
    props.announce(`Removed ${plural(removed, 'record')} of yours; the corpus is the curated one again.`);
    await props.onChanged({ corpus: true });
  };
  return (
    <section aria-labelledby="sl-reset-heading">
      <h3 id="sl-reset-heading">Start again from the curated corpus</h3>
      <p>Removes every record you added ({plural(yours, 'record')} now). Your notes and settings stay.</p>
      <ConfirmedAction
        label="Reset to the curated corpus"
        disabled={yours === 0}
        title={`Remove all ${plural(yours, 'record')} you added?`}
        confirmLabel="Remove my records"
        action={reset}
      >
        <p>The curated sources, utterances, figures, events and disagreements stay. Export your records first to keep a copy.</p>
      </ConfirmedAction>
    </section>
  );
}

/** Export and import of the corpus and of highlights, and the reset to the curated corpus. */
export function TransferView(props: ViewProps) {
  const { services } = props;
  const day = () => services.now().toISOString().slice(0, 10);
  const exportCorpus = async (scope: 'user' | 'all') => {
    const text = await services.store.exportCorpus({ scope });
    const filename = `source-lens-corpus-${scope === 'user' ? 'yours' : 'all'}-${day()}.json`;
    services.download(filename, text, 'application/json');
    props.announce(`Exported ${scope === 'user' ? 'your records' : 'the whole corpus'} as ${filename}.`);
  };
  const importCorpus = async (text: string): Promise<ImportOutcome> => {
    const result = await services.store.importCorpus(text);
    if (result.ok) await props.onChanged({ corpus: true });
    return result.ok ? { ok: true, message: result.message } : { ok: false, message: result.message, errors: result.errors };
  };
  const importAnnotations = async (text: string): Promise<ImportOutcome> => {
    const read = notesFromAnnotations(text, props.data.corpus, props.data.notes);
    if (!read.ok) return read;
    await services.store.addNotes(read.entries);
    await props.onChanged({ corpus: false });
    const kept = read.alreadyKept > 0 ? ` Imported before, so not again: ${plural(read.alreadyKept, 'highlight')}.` : '';
    const skipped = read.skipped.length > 0 ? ` Left out, as they name no record of the corpus: ${plural(read.skipped.length, 'highlight')}.` : '';
    return { ok: true, message: `Added ${plural(read.entries.length, 'note')} from the highlights.${kept}${skipped}` };
  };
  return (
    <>
      <h2>Import and export</h2>
      <section aria-labelledby="sl-export-heading">
        <h3 id="sl-export-heading">Export the corpus</h3>
        <p>A versioned JSON file of the records and all your notes, that Source Lens can import again, here or in another browser.</p>
        <div class="sl-actions">
          <button type="button" class="sl-button" onClick={() => void exportCorpus('user')}>
            Export your records
          </button>
          <button type="button" class="sl-button" onClick={() => void exportCorpus('all')}>
            Export everything
          </button>
        </div>
      </section>
      <section aria-labelledby="sl-import-heading">
        <h3 id="sl-import-heading">Import a corpus file</h3>
        <p>The whole file is imported, or nothing of it: if anything in it is wrong, the message says what and where.</p>
        <FileImport label="Corpus file (.json)" accept=".json,application/json" onText={importCorpus} />
      </section>
      <section aria-labelledby="sl-annotations-heading">
        <h3 id="sl-annotations-heading">Import highlights as notes</h3>
        <p>
          A W3C Web Annotation file, such as one exported from the Source Lens popup: each highlight becomes a note on the utterance or
          figure it names, with its words and the page it was on.
        </p>
        <FileImport label="Web Annotation file (.jsonld, .json)" accept=".jsonld,.json,application/ld+json,application/json" onText={importAnnotations} />
      </section>
      <ResetCorpus {...props} />
    </>
  );
}
