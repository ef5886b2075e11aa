import { useId, useState } from 'preact/hooks';
import { QualifierSchema, type Corpus, type Qualifier } from '../../../utils/corpus/schema';
import type { FigureProposal } from '../../../utils/corpus/page-draft';
import { formatFigureValue } from '../../format';
import { Field, KeepBox } from './Field';

/** One proposed figure: keep or drop it, fix its words, value, qualifier and what it measures. */
export function FigureEditor(props: { f: FigureProposal; number: number; corpus: Corpus; onChange(f: FigureProposal): void }) {
  const { f } = props;
  const qualifierId = useId();
  // The text as typed: "1." or "" on the way to a number must not be overwritten.
  const [valueText, setValueText] = useState(String(f.value));
  const set = (patch: Partial<FigureProposal>) => props.onChange({ ...f, ...patch });
  const tied = props.corpus.figures.find((x) => x.id === f.figureId);
  return (
    <fieldset class={`sl-fieldset sl-proposal${f.include ? '' : ' sl-dropped'}`}>
      <legend>
        Figure {props.number}: {f.text}
      </legend>
      <KeepBox label={`Keep figure ${props.number}`} checked={f.include} onChange={(include) => set({ include })} />
      <p class="sl-muted sl-context">In the page: {f.context}</p>
      <p>{tied ? <>The engine ties it to the corpus figure <q>{tied.measure}</q>.</> : 'No figure of the corpus fits it.'}</p>
      <Field label="Words as printed" value={f.text} onValue={(text) => set({ text })} disabled={!f.include} />
      <Field
        label="Value"
        type="number"
        value={valueText}
        onValue={(value) => {
          setValueText(value);
          if (value.trim() !== '' && Number.isFinite(Number(value))) set({ value: Number(value) });
        }}
        hint={`In ${f.unit === 'USD' ? 'dollars' : f.unit}: ${formatFigureValue(f.value, f.unit)}.`}
        disabled={!f.include}
      />
      <div class="sl-field">
        <label for={qualifierId}>Qualifier</label>
        <select id={qualifierId} value={f.qualifier} disabled={!f.include} onChange={(e) => set({ qualifier: (e.target as HTMLSelectElement).value as Qualifier })}>
          {QualifierSchema.options.map((q) => (
            <option key={q} value={q}>
              {q === 'exact' ? 'exact (no qualifier)' : q}
            </option>
          ))}
        </select>
      </div>
      <Field label="What it measures" value={f.measure} onValue={(measure) => set({ measure })} disabled={!f.include} />
    </fieldset>
  );
}
