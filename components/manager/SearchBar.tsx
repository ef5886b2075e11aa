import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { OriginFilter } from '../../utils/manager/search';

export interface SearchBarProps {
  /** "Search sources" */
  label: string;
  query: string;
  onQuery(query: string): void;
  /** With an origin filter when given. */
  origin?: OriginFilter;
  onOrigin?(origin: OriginFilter): void;
  shown: number;
  total: number;
  /** Plural noun for the count: "sources". */
  noun: string;
}

/** A search box that filters as you type, an optional origin filter, and how many records show. */
export function SearchBar(props: SearchBarProps) {
  const inputId = useId();
  const originId = useId();
  return (
    <div class="sl-search" role="search">
      <label for={inputId}>{props.label}</label>
      <input
        id={inputId}
        type="search"
        value={props.query}
        onInput={(e) => props.onQuery((e.target as HTMLInputElement).value)}
        autoComplete="off"
      />
      {props.onOrigin && (
        <>
          <label for={originId}>Show</label>
          <select id={originId} value={props.origin} onChange={(e) => props.onOrigin!((e.target as HTMLSelectElement).value as OriginFilter)}>
            <option value="all">All records</option>
            <option value="curated">Curated only</option>
            <option value="user">Yours only</option>
          </select>
        </>
      )}
      <p class="sl-muted sl-count" role="status">
        {props.shown === props.total ? `${props.total} ${props.noun}` : `${props.shown} of ${props.total} ${props.noun} shown`}
      </p>
    </div>
  );
}

export interface SearchOptions<T> {
  label: string;
  noun: string;
  total: number;
  /** Offer the curated/yours filter. */
  withOrigin?: boolean;
  search(query: string, origin: OriginFilter): T[];
}

/** A view's search: its state, its results and its bar, for the view to place. */
export function useSearch<T>(options: SearchOptions<T>): { results: T[]; bar: JSX.Element } {
  const [query, setQuery] = useState('');
  const [origin, setOrigin] = useState<OriginFilter>('all');
  const results = options.search(query, origin);
  const bar = (
    <SearchBar
      label={options.label}
      query={query}
      onQuery={setQuery}
      {...(options.withOrigin ? { origin, onOrigin: setOrigin } : {})}
      shown={results.length}
      total={options.total}
      noun={options.noun}
    />
  );
  return { results, bar };
}
