/** What every view of the corpus manager is given: the loaded corpus and the services it acts through. */
import type { Corpus } from '../../utils/corpus/schema';
import type { ExtractedArticle } from '../../utils/extract/article';
import type { UiLocaleTag } from '../../utils/i18n/locales';
import type { Route } from '../../utils/manager/routes';
import type { ReportIndex } from '../../utils/report/page-report';
import type { CorpusStore } from '../../utils/storage/corpus-store';
import type { Note } from '../../utils/storage/notes';

/** The browser behind the manager; tests give fakes and a store on fake IndexedDB. */
export interface ManagerServices {
  store: CorpusStore;
  /** Tells the background the corpus changed, so pages are matched against it from now on. */
  corpusChanged(): void;
  /** The page extracted by "Add this page"; null when the draft is gone. */
  loadDraft(id: string): Promise<ExtractedArticle | null>;
  discardDraft(id: string): Promise<void>;
  download(filename: string, text: string, type: string): void;
  now(): Date;
  /** The interface language the reader chose; null follows the browser's. */
  uiLanguage: UiLanguageService;
}

export interface UiLanguageService {
  get(): Promise<UiLocaleTag | null>;
  /** Keeps the choice (null: follow the browser again); every open view of the extension follows it. */
  set(tag: UiLocaleTag | null): Promise<void>;
  /** The language the interface speaks when the reader chooses none: the browser's. */
  browserDefault(): UiLocaleTag;
}

export interface ManagerData {
  corpus: Corpus;
  notes: Note[];
  /** Lookups over the whole corpus, for the components shared with the sidebar. */
  index: ReportIndex;
}

export interface ViewProps {
  data: ManagerData;
  services: ManagerServices;
  /** Reloads the corpus and notes; `corpus: true` also tells the background. */
  onChanged(what: { corpus: boolean }): Promise<void>;
  /** Says something to every reader (a polite live region in the header). */
  announce(message: string): void;
  navigate(route: Route): void;
}
