import type { ComponentChildren } from 'preact';
import type { Source } from '../../utils/corpus/schema';
import { searchSources } from '../../utils/manager/search';
import { sourceLabel } from '../../utils/report/page-report';
import { useI18n } from '../i18n';
import { DeleteRecord } from './DeleteRecord';
import { OriginBadge } from './OriginBadge';
import { PageLink } from './PageLink';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';
import { sourceNaming } from '../source-naming';

function Fact(props: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function SourceItem(props: ViewProps & { source: Source }) {
  const tr = useI18n();
  const { source: s, data } = props;
  const wordings = data.corpus.wordings.filter((w) => w.sourceId === s.id).length;
  const figures = data.corpus.figures.reduce((n, f) => n + f.statements.filter((st) => st.sourceId === s.id).length, 0);
  const headingId = `sl-source-${s.id}`;
  return (
    <li>
      <article class="sl-record" aria-labelledby={headingId}>
        <h3 id={headingId}>{s.headline ?? sourceLabel(s, sourceNaming(tr))}</h3>
        <p>
          <OriginBadge origin={s.origin} /> <span class="sl-source">{s.outlet ?? tr.t('manager_outlet_unnamed')}</span>
        </p>
        <dl class="sl-facts">
          <Fact term={tr.t('manager_fact_published')}>
            {s.published ? tr.date(s.published) : tr.t('manager_date_unknown')}
            {s.publishedText && <span class="sl-muted"> {tr.t('manager_published_as', [s.publishedText])}</span>}
          </Fact>
          {s.author && <Fact term={tr.t('manager_fact_author')}>{s.author}</Fact>}
          {s.url && (
            <Fact term={tr.t('manager_fact_address')}>
              <PageLink url={s.url} />
            </Fact>
          )}
          {s.addedAt && <Fact term={tr.t('manager_fact_added')}>{tr.date(s.addedAt.slice(0, 10))}</Fact>}
          <Fact term={tr.t('manager_fact_carries')}>
            {tr.list([tr.count('manager_n_quotations', wordings), tr.count('manager_n_figures', figures)], 'unit')}
          </Fact>
          <Fact term={tr.t('manager_fact_id')}>
            <code>{s.id}</code>
          </Fact>
        </dl>
        {s.notes.length > 0 && (
          <>
            <h4>{tr.t('manager_source_notes')}</h4>
            <ul>
              {s.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </>
        )}
        {s.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'sources', id: s.id }} />}
      </article>
    </li>
  );
}

/** Every source of the corpus, curated and the user's, with search. */
export function SourcesView(props: ViewProps) {
  const tr = useI18n();
  const { corpus } = props.data;
  const { results: sources, bar } = useSearch({
    noun: 'sources',
    total: corpus.sources.length,
    withOrigin: true,
    search: (query, origin) => searchSources(corpus, query, origin),
  });
  return (
    <>
      <h2>{viewTitle(tr, 'sources')}</h2>
      {bar}
      <ul class="sl-records">
        {sources.map((s) => (
          <SourceItem key={s.id} {...props} source={s} />
        ))}
      </ul>
    </>
  );
}
