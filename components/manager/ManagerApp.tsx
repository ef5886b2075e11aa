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
import { plural } from '../labels';
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
  const { corpus } = props;
  const yours = [corpus.sources, corpus.utterances, corpus.wordings, corpus.figures].flat().filter((r) => r.origin === 'user').length;
  return (
    <p class="sl-muted">
      {plural(corpus.sources.length, 'source')}, {plural(corpus.utterances.length, 'utterance')}, {plural(corpus.wordings.length, 'wording')},{' '}
      {plural(corpus.figures.length, 'figure')}, {plural(corpus.events.length, 'event')}; {yours} of these records are yours.
    </p>
  );
}

export function ManagerApp(props: ManagerAppProps) {
  const { services, route } = props;
  const [loaded, setLoaded] = useState<{ corpus: Corpus; notes: Note[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const reload = useCallback(async () => {
    try {
      const [corpus, notes] = await Promise.all([services.store.getCorpus(), services.store.listNotes()]);
      setLoaded({ corpus, notes });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }, [services]);
  useEffect(() => void reload(), [reload]);

  const data = useMemo<ManagerData | null>(() => (loaded ? { ...loaded, index: indexRecords(loaded.corpus) } : null), [loaded]);
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
    <div class="sl-root sl-manager">
      <header class="sl-manager-head">
        <h1>Source Lens corpus manager</h1>
        {data && <Counts corpus={data.corpus} />}
        <p class="sl-announce" role="status">
          {announcement}
        </p>
        <ViewTabs views={VIEWS} current={route.view} onSelect={(view) => props.onNavigate({ view, draftId: view === 'add' ? (route.draftId ?? draftInProgress()) : null })} />
      </header>
      <main>
        <section id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(route.view)} class="sl-panel">
          {failure && (
            <p class="sl-error" role="alert">
              The corpus could not be read: {failure}
            </p>
          )}
          {!failure && !viewProps && <p>Loading the corpus…</p>}
          {viewProps && (View ? <View {...viewProps} /> : <AddView {...viewProps} draftId={route.draftId} />)}
        </section>
      </main>
    </div>
  );
}
