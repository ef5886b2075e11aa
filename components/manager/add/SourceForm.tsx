import type { SourceFields } from '../../../utils/corpus/page-draft';
import { useI18n } from '../../i18n';
import { Field } from './Field';

/** The new source's fields, proposed from the page's metadata and all editable. */
export function SourceForm(props: { source: SourceFields; onChange(source: SourceFields): void }) {
  const tr = useI18n();
  const { source } = props;
  const set = (key: keyof SourceFields) => (value: string) => props.onChange({ ...source, [key]: value });
  return (
    <fieldset class="sl-fieldset">
      <legend>{tr.t('manager_source_legend')}</legend>
      <Field label={tr.t('manager_field_outlet')} value={source.outlet} onValue={set('outlet')} hint={tr.t('manager_outlet_hint')} />
      <Field label={tr.t('manager_field_headline')} value={source.headline} onValue={set('headline')} />
      <Field label={tr.t('manager_fact_author')} value={source.author} onValue={set('author')} />
      <Field
        label={tr.t('manager_fact_published')}
        value={source.published}
        onValue={set('published')}
        hint={tr.t('manager_published_hint')}
        placeholder="2025-01-23"
      />
      <Field label={tr.t('manager_fact_address')} type="url" value={source.url} onValue={set('url')} />
      <Field label={tr.t('manager_field_remark')} value={source.remark} onValue={set('remark')} multiline />
    </fieldset>
  );
}
