import { useId, useState } from 'preact/hooks';
import type { PathError } from '../../utils/storage/transaction';
import { useI18n } from '../i18n';
import { errorText, problemLine } from '../problems';

export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string; errors?: PathError[] };

/** How many of a refused file's problems are listed under its message. */
const LISTED_PROBLEMS = 10;

/**
 * A labelled file input that hands the chosen file's text to `onText` and shows what came of it:
 * the counts on success, or the message saying what is wrong and where, with the first problems.
 */
export function FileImport(props: { label: string; accept: string; onText(text: string): Promise<ImportOutcome> }) {
  const tr = useI18n();
  const inputId = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const onChange = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      setOutcome(await props.onText(await file.text()));
    } catch (error) {
      setOutcome({ ok: false, message: errorText(tr, error) });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  const problems = outcome && !outcome.ok ? (outcome.errors ?? []) : [];
  return (
    <div class="sl-file-import">
      <label for={inputId}>{props.label}</label>
      <input id={inputId} type="file" accept={props.accept} disabled={busy} onChange={(e) => void onChange(e)} />
      {outcome?.ok && (
        <p class="sl-success" role="status">
          {outcome.message}
        </p>
      )}
      {outcome && !outcome.ok && (
        <div class="sl-error" role="alert">
          <p>{outcome.message}</p>
          {problems.length > 1 && (
            <ul>
              {problems.slice(0, LISTED_PROBLEMS).map((p, i) => (
                <li key={i}>{problemLine(tr, p)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
