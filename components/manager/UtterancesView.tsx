import type { Utterance, Wording } from '../../utils/corpus/schema';
import { searchUtterances } from '../../utils/manager/search';
import { sourceLabelFor } from '../../utils/report/source-names';
import { diffWording } from '../../utils/report/quote-sources';
import { DiffText } from '../DiffText';
import { formatIsoDate } from '../format';
import { FORM_WORDS, plural, PRESENTATION_WORDS } from '../labels';
import { DeleteRecord } from './DeleteRecord';
import { OriginBadge } from './OriginBadge';
import { useSearch } from './SearchBar';
import { UserNotes } from './UserNotes';
import type { ViewProps } from './types';

const SIDES = { removed: 'original', added: 'this wording' };

function WordingItem(props: ViewProps & { utterance: Utterance; wording: Wording }) {
  const { wording: w, utterance: u } = props;
  return (
    <li class="sl-record sl-wording-card">
      <h5 class="sl-source">{sourceLabelFor(props.data.index, w.sourceId)}</h5>
      <p class="sl-muted">
        <OriginBadge origin={w.origin} /> {FORM_WORDS[w.form]} wording, {PRESENTATION_WORDS[w.presentation]}
      </p>
      <p class="sl-wording">
        <q>{w.text}</q>
      </p>
      <p class="sl-wording-diff">
        <span class="sl-muted">Against the original: </span>
        <DiffText parts={diffWording(u.original, w.text)} sides={SIDES} />
      </p>
      {w.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'wordings', id: w.id }} />}
    </li>
  );
}

function UtteranceItem(props: ViewProps & { utterance: Utterance }) {
  const { utterance: u, data } = props;
  const wordings = data.index.wordingsByUtterance.get(u.id) ?? [];
  const where = [u.platform, u.handle].filter(Boolean).join(', ');
  const headingId = `sl-utterance-${u.id}`;
  return (
    <li>
      <article class="sl-record" aria-labelledby={headingId}>
        <h3 id={headingId}>{u.label}</h3>
        <p>
          <OriginBadge origin={u.origin} /> <span class="sl-source">{u.speaker ?? 'A term nobody said'}</span>
          {where && ` on ${where}`}
          {u.firstSaid && `, first said ${formatIsoDate(u.firstSaid)}`}
        </p>
        <blockquote class="sl-quote-text">{u.original}</blockquote>
        <h4>{plural(wordings.length, 'wording')} in the sources</h4>
        {wordings.length > 0 && (
          <ul class="sl-wording-grid">
            {wordings.map((w) => (
              <WordingItem key={w.id} {...props} utterance={u} wording={w} />
            ))}
          </ul>
        )}
        <UserNotes notes={data.notes} target={{ type: 'utterance', id: u.id }} />
        {u.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'utterances', id: u.id }} />}
      </article>
    </li>
  );
}

/** Every utterance with all its wordings side by side, each diffed word by word against the original. */
export function UtterancesView(props: ViewProps) {
  const { corpus } = props.data;
  const { results: utterances, bar } = useSearch({
    label: 'Search utterances and their wordings',
    noun: 'utterances',
    total: corpus.utterances.length,
    withOrigin: true,
    search: (query, origin) => searchUtterances(corpus, query, origin),
  });
  return (
    <>
      <h2>Utterances</h2>
      {bar}
      <p class="sl-legend">
        <del>Struck</del> words are only in the original; <ins>underlined</ins> words are only in that source’s wording.
      </p>
      <ul class="sl-records">
        {utterances.map((u) => (
          <UtteranceItem key={u.id} {...props} utterance={u} />
        ))}
      </ul>
    </>
  );
}
