import { useId } from 'preact/hooks';
import type { Corpus, Utterance } from '../../../utils/corpus/schema';
import type { QuotationProposal } from '../../../utils/corpus/page-draft';
import type { Translator } from '../../../utils/i18n/translator';
import type { DiffSides } from '../../DiffText';
import { DiffText } from '../../DiffText';
import { useI18n } from '../../i18n';
import { matchClassWords } from '../../labels';
import { Field, KeepBox } from './Field';

/** Who each side of a diff from a corpus wording to the page is, for screen readers. */
export function corpusSides(tr: Translator): DiffSides {
  return { removed: tr.t('manager_diff_corpus_wording'), added: tr.t('manager_diff_this_page') };
}

const utteranceName = (tr: Translator, u: Utterance) =>
  u.speaker ? tr.t('manager_utterance_option', [u.speaker, u.label]) : tr.t('manager_term_option', [u.label]);

/** What the engine found for the quotation, in words, with the diff from the closest corpus wording. */
export function MatchSummary(props: { q: QuotationProposal; corpus: Corpus }) {
  const tr = useI18n();
  const { match } = props.q;
  if (match.kind === 'new') return <p class="sl-muted">{tr.t('manager_match_none')}</p>;
  const utterance = props.corpus.utterances.find((u) => u.id === match.utteranceId);
  const label = utterance?.label ?? match.utteranceId;
  const similarity = tr.number(match.score, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div class="sl-match">
      <p>
        <span class="sl-badge">{matchClassWords(tr, match.matchClass)}</span>{' '}
        {utterance?.speaker ? tr.t('manager_match_summary_by', [label, utterance.speaker, similarity]) : tr.t('manager_match_summary', [label, similarity])}
      </p>
      <p class="sl-wording">
        <DiffText parts={match.diff} sides={corpusSides(tr)} />
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
  const tr = useI18n();
  const { q, corpus } = props;
  const selectId = useId();
  const set = (patch: Partial<QuotationProposal>) => props.onChange({ ...q, ...patch });
  return (
    <fieldset class={`sl-fieldset sl-proposal${q.include ? '' : ' sl-dropped'}`}>
      <legend>{tr.t(q.kind === 'embedded-post' ? 'manager_quotation_legend_embedded' : 'manager_quotation_legend', [props.number])}</legend>
      <KeepBox label={tr.t('manager_keep_quotation', [props.number])} checked={q.include} onChange={(include) => set({ include })} />
      <Field label={tr.t('manager_words_as_printed')} value={q.text} onValue={props.onText} multiline disabled={!q.include} />
      <p class="sl-muted sl-context">
        {tr.t('manager_in_the_page')} {q.context}
      </p>
      <MatchSummary q={q} corpus={corpus} />
      <div class="sl-field">
        <label for={selectId}>{tr.t('manager_belongs_to')}</label>
        <select
          id={selectId}
          value={q.utteranceId ?? ''}
          disabled={!q.include}
          onChange={(e) => set({ utteranceId: (e.target as HTMLSelectElement).value || null })}
        >
          <option value="">{tr.t('manager_new_utterance')}</option>
          {corpus.utterances.map((u) => (
            <option key={u.id} value={u.id}>
              {utteranceName(tr, u)}
            </option>
          ))}
        </select>
      </div>
      {q.utteranceId === null && (
        <Field
          label={tr.t('manager_speaker')}
          value={q.speaker}
          onValue={(speaker) => set({ speaker })}
          disabled={!q.include}
          hint={tr.t('manager_speaker_hint')}
        />
      )}
    </fieldset>
  );
}
