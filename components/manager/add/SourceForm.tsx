import type { SourceFields } from '../../../utils/corpus/page-draft';
import { Field } from './Field';

/** The new source's fields, proposed from the page's metadata and all editable. */
export function SourceForm(props: { source: SourceFields; onChange(source: SourceFields): void }) {
  const { source } = props;
  const set = (key: keyof SourceFields) => (value: string) => props.onChange({ ...source, [key]: value });
  return (
    <fieldset class="sl-fieldset">
      <legend>The source</legend>
      <Field label="Outlet" value={source.outlet} onValue={set('outlet')} hint="Leave empty when the page does not say (the source is then named by its headline and date)." />
      <Field label="Headline" value={source.headline} onValue={set('headline')} />
      <Field label="Author" value={source.author} onValue={set('author')} />
      <Field label="Published" value={source.published} onValue={set('published')} hint="YYYY-MM-DD, or YYYY-MM or YYYY when that is all the page gives." placeholder="2025-01-23" />
      <Field label="Address" type="url" value={source.url} onValue={set('url')} />
      <Field label="Your remark about the source" value={source.remark} onValue={set('remark')} multiline />
    </fieldset>
  );
}
