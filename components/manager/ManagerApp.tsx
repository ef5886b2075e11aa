/**
 * The corpus manager (the extension's options page): every source, utterance, figure, event and
 * disagreement of the corpus, searchable; the user's own records can be deleted, the corpus
 * exported and imported, and pages added. It reads and writes the store directly (an extension
 * page shares the background's IndexedDB) and tells the background after every change.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Corpus } from '../../utils/corpus/schema';
import type { Route, ViewName } from '../../utils/manager/routes';
import { VIEWS } from '../../utils/manager/routes';
import { indexRecords } from '../../utils/report/page-report';
import type { Note } from '../../utils/storage/notes';
import { rootLanguage, useI18n } from '../i18n';
import { AddView } from './AddView';
import { DisagreementsView } from './DisagreementsView';
import { FiguresView } from './FiguresView';
import { NotesView } from './NotesView';
import { SourcesView } from './SourcesView';
import { TimelineView } from './TimelineView';
import { TransferView } from './TransferView';
import { UtterancesView } from './UtterancesView';
import { PANEL_ID, tabId, ViewTabs } from './ViewTabs';
import type { ManagerData, ManagerServices, ViewProps } from './types';
import { draftInProgress } from './add/draft-edits';
import { LanguageSetting } from './LanguageSetting';
import { errorText } from '../problems';
import { sourceNaming } from '../source-naming';

export interface ManagerAppProps {
  services: ManagerServices;
  route: Route;
  onNavigate(route: Route): void;
}

const VIEW_COMPONENTS: Record<Exclude<ViewName, 'add'>, (props: ViewProps) => JSX.Element> = {
  sources: SourcesView,
  utterances: UtterancesView,
  figures: FiguresView,
  timeline: TimelineView,
  disagreements: DisagreementsView,
  notes: NotesView,
  transfer: TransferView,
};

function Counts(props: { corpus: Corpus }) {
  const tr = useI18n();
  const { corpus } = props;
  const yours = [corpus.sources, corpus.utterances, corpus.wordings, corpus.figures].flat().filter((r) => r.origin === 'user').length;
  const held = tr.list(
    [
      tr.count('manager_n_sources', corpus.sources.length),
      tr.count('manager_n_utterances', corpus.utterances.length),
      tr.count('manager_n_wordings', corpus.wordings.length),
      tr.count('manager_n_figures', corpus.figures.length),
      tr.count('manager_n_events', corpus.events.length),
    ],
    'unit',
  );
  return <p class="sl-muted">{tr.count('manager_counts_yours', yours, [held])}</p>;
}

export function ManagerApp(props: ManagerAppProps) {
  const tr = useI18n();
  const { services, route } = props;
  const [loaded, setLoaded] = useState<{ corpus: Corpus; notes: Note[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const reload = useCallback(async () => {
    try {
      const [corpus, notes] = await Promise.all([services.store.getCorpus(), services.store.listNotes()]);
      setLoaded({ corpus, notes });
    } catch (error) {
      setFailure(errorText(tr, error));
    }
  }, [services]);
  useEffect(() => void reload(), [reload]);

  const data = useMemo<ManagerData | null>(() => (loaded ? { ...loaded, index: indexRecords(loaded.corpus, sourceNaming(tr)) } : null), [loaded, tr]);
  const viewProps: ViewProps | null = data && {
    data,
    services,
    announce: setAnnouncement,
    navigate: props.onNavigate,
    onChanged: async ({ corpus }) => {
      await reload();
      if (corpus) services.corpusChanged();
    },
  };

  const View = route.view === 'add' ? null : VIEW_COMPONENTS[route.view];
  return (
    <div class="sl-root sl-manager" {...rootLanguage(tr)}>
      <header class="sl-manager-head">
        <h1>{tr.t('manager_heading')}</h1>
        {data && <Counts corpus={data.corpus} />}
        <LanguageSetting service={services.uiLanguage} />
        <p class="sl-announce" role="status">
          {announcement}
        </p>
        <ViewTabs views={VIEWS} current={route.view} onSelect={(view) => props.onNavigate({ view, draftId: view === 'add' ? (route.draftId ?? draftInProgress()) : null })} />
      </header>
      <main>
        <section id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(route.view)} class="sl-panel">
          {failure && (
            <p class="sl-error" role="alert">
              {tr.t('manager_load_failed', [failure])}
            </p>
          )}
          {!failure && !viewProps && <p>{tr.t('manager_loading')}</p>}
          {viewProps && (View ? <View {...viewProps} /> : <AddView {...viewProps} draftId={route.draftId} />)}
        </section>
      </main>
    </div>
  );
}
