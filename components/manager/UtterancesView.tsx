import type { Utterance, Wording } from '../../utils/corpus/schema';
import type { Translator } from '../../utils/i18n/translator';
import { searchUtterances } from '../../utils/manager/search';
import { sourceLabelFor } from '../../utils/report/source-names';
import { diffWording } from '../../utils/report/quote-sources';
import { DiffText } from '../DiffText';
import { useI18n } from '../i18n';
import { formWords, presentationWords } from '../labels';
import { DeleteRecord } from './DeleteRecord';
import { OriginBadge } from './OriginBadge';
import { useSearch } from './SearchBar';
import { UserNotes } from './UserNotes';
import type { ViewProps } from './types';
import { viewTitle } from './ViewTabs';

function WordingItem(props: ViewProps & { utterance: Utterance; wording: Wording }) {
  const tr = useI18n();
  const { wording: w, utterance: u } = props;
  const sides = { removed: tr.t('manager_diff_original'), added: tr.t('manager_diff_this_wording') };
  return (
    <li class="sl-record sl-wording-card">
      <h5 class="sl-source">{sourceLabelFor(props.data.index, w.sourceId)}</h5>
      <p class="sl-muted">
        <OriginBadge origin={w.origin} /> {tr.t('manager_wording_kind', [formWords(tr, w.form), presentationWords(tr, w.presentation)])}
      </p>
      <p class="sl-wording">
        <q dir="auto">{w.text}</q>
      </p>
      <p class="sl-wording-diff">
        <span class="sl-muted">{tr.t('manager_against_original')} </span>
        <DiffText parts={diffWording(u.original, w.text)} sides={sides} />
      </p>
      {w.origin === 'user' && <DeleteRecord {...props} record={{ collection: 'wordings', id: w.id }} />}
    </li>
  );
}

/** Who said it, where and when first: "Elon Musk on X, @elonmusk, first said Wednesday, January 22, 2025". */
function saidBy(tr: Translator, u: Utterance): string {
  const speaker = u.speaker ?? tr.t('manager_term_nobody_said');
  const parts = [u.platform, u.handle].filter((p): p is string => !!p);
  const place = parts.length > 0 ? tr.list(parts, 'unit') : null;
  const date = u.firstSaid ? tr.date(u.firstSaid) : null;
  if (place && date) return tr.t('manager_utterance_on_first_said', [speaker, place, date]);
  if (place) return tr.t('manager_utterance_on', [speaker, place]);
  if (date) return tr.t('manager_utterance_first_said', [speaker, date]);
  return speaker;
}

function UtteranceItem(props: ViewProps & { utterance: Utterance }) {
  const tr = useI18n();
  const { utterance: u, data } = props;
  const wordings = data.index.wordingsByUtterance.get(u.id) ?? [];
  const headingId = `sl-utterance-${u.id}`;
  return (
    <li>
      <article class="sl-record" aria-labelledby={headingId}>
        <h3 id={headingId}>{u.label}</h3>
        <p>
          <OriginBadge origin={u.origin} /> {saidBy(tr, u)}
        </p>
        <blockquote class="sl-quote-text">{u.original}</blockquote>
        <h4>{tr.count('manager_wordings_in_sources', wordings.length)}</h4>
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
  const tr = useI18n();
  const { corpus } = props.data;
  const { results: utterances, bar } = useSearch({
    noun: 'utterances',
    total: corpus.utterances.length,
    withOrigin: true,
    search: (query, origin) => searchUtterances(corpus, query, origin),
  });
  return (
    <>
      <h2>{viewTitle(tr, 'utterances')}</h2>
      {bar}
      <p class="sl-legend">{tr.t('manager_utterances_legend')}</p>
      <ul class="sl-records">
        {utterances.map((u) => (
          <UtteranceItem key={u.id} {...props} utterance={u} />
        ))}
      </ul>
    </>
  );
}
