import { useId, useState } from 'preact/hooks';
import { QualifierSchema, type Corpus, type Qualifier } from '../../../utils/corpus/schema';
import type { FigureProposal } from '../../../utils/corpus/page-draft';
import type { MessageKey } from '../../../utils/i18n/messages';
import type { FigureUnit } from '../../../utils/match/types';
import { useI18n } from '../../i18n';
import { Field, KeepBox } from './Field';

/** The unit a figure's value is typed in, in words: "In dollars: 500 billion US dollars." */
const UNIT_KEYS: Record<FigureUnit, MessageKey> = {
  USD: 'manager_unit_usd',
  jobs: 'manager_unit_jobs',
  years: 'manager_unit_years',
  people: 'manager_unit_people',
  companies: 'manager_unit_companies',
  'data centers': 'manager_unit_data_centers',
  fraction: 'manager_unit_fraction',
  count: 'manager_unit_count',
};

/** The qualifiers to choose from, as the sources' words ("about", "up to"…) in the reader's language. */
const QUALIFIER_KEYS: Record<Qualifier, MessageKey> = {
  exact: 'manager_qualifier_exact',
  about: 'manager_qualifier_about',
  'up to': 'manager_qualifier_up_to',
  'at least': 'manager_qualifier_at_least',
  over: 'manager_qualifier_over',
  under: 'manager_qualifier_under',
  'well under': 'manager_qualifier_well_under',
  'less than': 'manager_qualifier_less_than',
  'way less than': 'manager_qualifier_way_less_than',
  'more than': 'manager_qualifier_more_than',
};

/** One proposed figure: keep or drop it, fix its words, value, qualifier and what it measures. */
export function FigureEditor(props: { f: FigureProposal; number: number; corpus: Corpus; onChange(f: FigureProposal): void }) {
  const tr = useI18n();
  const { f } = props;
  const qualifierId = useId();
  // The text as typed: "1." or "" on the way to a number must not be overwritten.
  const [valueText, setValueText] = useState(String(f.value));
  const set = (patch: Partial<FigureProposal>) => props.onChange({ ...f, ...patch });
  const tied = props.corpus.figures.find((x) => x.id === f.figureId);
  return (
    <fieldset class={`sl-fieldset sl-proposal${f.include ? '' : ' sl-dropped'}`}>
      <legend>{tr.t('manager_figure_legend', [props.number, f.text])}</legend>
      <KeepBox label={tr.t('manager_keep_figure', [props.number])} checked={f.include} onChange={(include) => set({ include })} />
      <p class="sl-muted sl-context">
        {tr.t('manager_in_the_page')} {f.context}
      </p>
      <p>{tied ? tr.t('manager_figure_tied', [tied.measure]) : tr.t('manager_figure_untied')}</p>
      <Field label={tr.t('manager_words_as_printed')} value={f.text} onValue={(text) => set({ text })} disabled={!f.include} />
      <Field
        label={tr.t('manager_value')}
        type="number"
        value={valueText}
        onValue={(value) => {
          setValueText(value);
          if (value.trim() !== '' && Number.isFinite(Number(value))) set({ value: Number(value) });
        }}
        hint={tr.t('manager_value_hint', [tr.t(UNIT_KEYS[f.unit]), tr.figure(f.value, f.unit)])}
        disabled={!f.include}
      />
      <div class="sl-field">
        <label for={qualifierId}>{tr.t('manager_qualifier')}</label>
        <select id={qualifierId} value={f.qualifier} disabled={!f.include} onChange={(e) => set({ qualifier: (e.target as HTMLSelectElement).value as Qualifier })}>
          {QualifierSchema.options.map((q) => (
            <option key={q} value={q}>
              {tr.t(QUALIFIER_KEYS[q])}
            </option>
          ))}
        </select>
      </div>
      <Field label={tr.t('manager_what_it_measures')} value={f.measure} onValue={(measure) => set({ measure })} disabled={!f.include} />
    </fieldset>
  );
}
