import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { OriginFilter } from '../../utils/manager/search';
import { useI18n } from '../i18n';

/** What a view searches: its label ("Search sources") and its count ("6 sources") follow from it. */
export type SearchNoun = 'sources' | 'utterances' | 'figures' | 'events' | 'disagreements';

export interface SearchBarProps {
  noun: SearchNoun;
  query: string;
  onQuery(query: string): void;
  /** With an origin filter when given. */
  origin?: OriginFilter;
  onOrigin?(origin: OriginFilter): void;
  shown: number;
  total: number;
}

/** A search box that filters as you type, an optional origin filter, and how many records show. */
export function SearchBar(props: SearchBarProps) {
  const tr = useI18n();
  const inputId = useId();
  const originId = useId();
  return (
    <div class="sl-search" role="search">
      <label for={inputId}>{tr.t(`manager_search_${props.noun}`)}</label>
      <input
        id={inputId}
        type="search"
        value={props.query}
        onInput={(e) => props.onQuery((e.target as HTMLInputElement).value)}
        autoComplete="off"
      />
      {props.onOrigin && (
        <>
          <label for={originId}>{tr.t('manager_origin_filter')}</label>
          <select id={originId} value={props.origin} onChange={(e) => props.onOrigin!((e.target as HTMLSelectElement).value as OriginFilter)}>
            <option value="all">{tr.t('manager_origin_all')}</option>
            <option value="curated">{tr.t('manager_origin_curated')}</option>
            <option value="user">{tr.t('manager_origin_user')}</option>
          </select>
        </>
      )}
      <p class="sl-muted sl-count" role="status">
        {props.shown === props.total ? tr.count(`manager_n_${props.noun}`, props.total) : tr.count(`manager_shown_${props.noun}`, props.total, [props.shown])}
      </p>
    </div>
  );
}

export interface SearchOptions<T> {
  noun: SearchNoun;
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
      noun={options.noun}
      query={query}
      onQuery={setQuery}
      {...(options.withOrigin ? { origin, onOrigin: setOrigin } : {})}
      shown={results.length}
      total={options.total}
    />
  );
  return { results, bar };
}
