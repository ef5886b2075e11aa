import type { ComponentChildren } from 'preact';
import type { Source } from '../../utils/corpus/schema';
import { searchSources } from '../../utils/manager/search';
import { sourceLabel } from '../../utils/report/page-report';
import { formatIsoDate } from '../format';
import { plural } from '../labels';
import { DeleteRecord } from './DeleteRecord';
import { OriginBadge } from './OriginBadge';
import { PageLink } from './PageLink';
import { useSearch } from './SearchBar';
import type { ViewProps } from './types';

function Fact(props: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function SourceItem(props: ViewProps & { source: Source }) {
  const { source: s, data } = props;
  const wordings = data.corpus.wordings.filter((w) => w.sourceId === s.id).length;
  const figures = data.corpus.figures.reduce((n, f) => n + f.statements.filter((st) => st.sourceId === s.id).length, 0);
  const headingId = `sl-source-${s.id}`;
  return (
    <li>
      <article class="sl-record" aria-labelledby={headingId}>
        <h3 id={headingId}>{s.headline ?? sourceLabel(s)}</h3>
        <p>
          <OriginBadge origin={s.origin} /> <span class="sl-source">{s.outlet ?? 'The text does not name its outlet'}</span>
        </p>
        <dl class="sl-facts">
          <Fact term="Published">
            {s.published ? formatIsoDate(s.published) : 'Date unknown'}
            {s.publishedText && <span class="sl-muted"> (“{s.publishedText}”)</span>}
          </Fact>
          {s.author && <Fact term="Author">{s.author}</Fact>}
          {s.url && (
            <Fact term="Address">
              <PageLink url={s.url} />
            </Fact>
          )}
          {s.addedAt && <Fact term="Added">{formatIsoDate(s.addedAt.slice(0, 10))}</Fact>}
          <Fact term="Carries">
            {plural(wordings, 'quotation')}, {plural(figures, 'figure')}
          </Fact>
          <Fact term="Id">
            <code>{s.id}</code>
          </Fact>
        </dl>
        {s.notes.length > 0 && (
          <>
            <h4>Notes</h4>
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
  const { corpus } = props.data;
  const { results: sources, bar } = useSearch({
    label: 'Search sources',
    noun: 'sources',
    total: corpus.sources.length,
    withOrigin: true,
    search: (query, origin) => searchSources(corpus, query, origin),
  });
  return (
    <>
      <h2>Sources</h2>
      {bar}
      <ul class="sl-records">
        {sources.map((s) => (
          <SourceItem key={s.id} {...props} source={s} />
        ))}
      </ul>
    </>
  );
}
