import { useId } from 'preact/hooks';
import type { Corpus, Utterance } from '../../../utils/corpus/schema';
import type { QuotationProposal } from '../../../utils/corpus/page-draft';
import { DiffText } from '../../DiffText';
import { MATCH_CLASS_WORDS } from '../../labels';
import { Field, KeepBox } from './Field';

export const CORPUS_SIDES = { removed: 'corpus wording', added: 'this page' };

const utteranceName = (u: Utterance) => `${u.speaker ?? 'Term'}: ${u.label}`;

/** What the engine found for the quotation, in words, with the diff from the closest corpus wording. */
export function MatchSummary(props: { q: QuotationProposal; corpus: Corpus }) {
  const { match } = props.q;
  if (match.kind === 'new') return <p class="sl-muted">No utterance of the corpus matches these words.</p>;
  const utterance = props.corpus.utterances.find((u) => u.id === match.utteranceId);
  return (
    <div class="sl-match">
      <p>
        <span class="sl-badge">{MATCH_CLASS_WORDS[match.matchClass]}</span> of <q>{utterance?.label ?? match.utteranceId}</q>
        {utterance?.speaker && ` (${utterance.speaker})`}, {Math.round(match.score * 100)}% similar.
      </p>
      <p class="sl-wording">
        <DiffText parts={match.diff} sides={CORPUS_SIDES} />
      </p>
    </div>
  );
}

export interface QuotationEditorProps {
  q: QuotationProposal;
  number: number;
  corpus: Corpus;
  onChange(q: QuotationProposal): void;
  /** The words were edited: the caller matches them again. */
  onText(text: string): void;
}

/** One proposed quotation: keep or drop it, fix its words and speaker, choose the utterance it belongs to. */
export function QuotationEditor(props: QuotationEditorProps) {
  const { q, corpus } = props;
  const selectId = useId();
  const set = (patch: Partial<QuotationProposal>) => props.onChange({ ...q, ...patch });
  return (
    <fieldset class={`sl-fieldset sl-proposal${q.include ? '' : ' sl-dropped'}`}>
      <legend>
        Quotation {props.number}
        {q.kind === 'embedded-post' && ' (embedded post)'}
      </legend>
      <KeepBox label={`Keep quotation ${props.number}`} checked={q.include} onChange={(include) => set({ include })} />
      <Field label="Words as printed" value={q.text} onValue={props.onText} multiline disabled={!q.include} />
      <p class="sl-muted sl-context">In the page: {q.context}</p>
      <MatchSummary q={q} corpus={corpus} />
      <div class="sl-field">
        <label for={selectId}>Belongs to</label>
        <select
          id={selectId}
          value={q.utteranceId ?? ''}
          disabled={!q.include}
          onChange={(e) => set({ utteranceId: (e.target as HTMLSelectElement).value || null })}
        >
          <option value="">A new utterance</option>
          {corpus.utterances.map((u) => (
            <option key={u.id} value={u.id}>
              {utteranceName(u)}
            </option>
          ))}
        </select>
      </div>
      {q.utteranceId === null && (
        <Field
          label="Speaker"
          value={q.speaker}
          onValue={(speaker) => set({ speaker })}
          disabled={!q.include}
          hint="Empty for a name or a title in quotation marks that nobody said."
        />
      )}
    </fieldset>
  );
}
