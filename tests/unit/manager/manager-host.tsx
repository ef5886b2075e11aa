/** The corpus manager mounted on a store in fake IndexedDB, with the browser's parts faked and logged. */
import { configure, render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { ManagerApp } from '../../../components/manager/ManagerApp';
import type { ManagerServices } from '../../../components/manager/types';
import type { ExtractedArticle } from '../../../utils/extract/article';
import type { UiLocaleTag } from '../../../utils/i18n/locales';
import type { Translator } from '../../../utils/i18n/translator';
import { ENGLISH } from '../../../utils/i18n/english';
import { parseRoute, type Route } from '../../../utils/manager/routes';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import type { PartialCorpusRecords } from '../../../utils/storage/records';
import { harborArticle, shippedCorpus } from '../../fixtures/manager/pages';
import { openStore } from '../storage/helpers/database';

// The manager reads a store and renders the whole corpus: on a busy two-core machine that can take
// longer than testing-library's one second, so waiting for what it shows may take up to five.
configure({ asyncUtilTimeout: 5_000 });
/** Per-test time limit for the manager's component tests, for the same reason. */
export const MANAGER_TEST_TIMEOUT = 20_000;

/** A source of the user's with one wording of a curated utterance and a figure. */
export const USER_RECORDS: PartialCorpusRecords = {
  sources: [
    {
      id: 'user.src.harbor', origin: 'user', outlet: 'The Harbor Courier', outletEvidence: null, headline: 'Harbor Courier on the Stargate money',
      author: 'Dana Whitlock', published: '2025-01-24', publishedText: null, url: 'https://courier.example/stargate', language: 'en',
      notes: ['Added by hand'], seedFile: null,
    },
  ],
  wordings: [
    {
      id: 'user.wrd.harbor.1', origin: 'user', utteranceId: 'musk.no-money', sourceId: 'user.src.harbor',
      text: 'They do not actually have the money', form: 'full', presentation: 'quotation',
      context: 'Musk wrote: “They do not actually have the money.”',
    },
  ],
  figures: [
    {
      id: 'user.fig.harbor.1', origin: 'user', measure: 'Stargate’s total planned investment', unit: 'USD', cues: [],
      statements: [{ sourceId: 'user.src.harbor', text: 'some $500 billion', value: 5e11, qualifier: 'about', context: 'It costs some $500 billion.' }],
    },
  ],
};

export interface ManagerHost {
  store: CorpusStore;
  services: ManagerServices & {
    corpusChanged: ReturnType<typeof vi.fn>;
    download: ReturnType<typeof vi.fn>;
    discardDraft: ReturnType<typeof vi.fn>;
    uiLanguage: { get: ReturnType<typeof vi.fn>; set: ReturnType<typeof vi.fn>; browserDefault(): UiLocaleTag };
  };
  routes: Route[];
}

let opened: CorpusStore[] = [];
/** Closes the stores the tests opened. */
export function closeStores(): void {
  for (const store of opened) store.close();
  opened = [];
}

export interface ManagerOptions {
  /** Add USER_RECORDS (the default). */
  user?: boolean;
  /** More records of the user's. */
  extra?: PartialCorpusRecords;
  draft?: ExtractedArticle | null;
  /** The language the manager speaks (English by default). */
  translator?: Translator;
  /** The interface language the reader chose before (none by default: the browser's). */
  uiLanguage?: UiLocaleTag | null;
}

export async function renderManager(hash: string, options: ManagerOptions = {}): Promise<ManagerHost> {
  const store = await openStore('manager');
  opened.push(store);
  await store.seedCurated(shippedCorpus());
  if (options.user !== false) await store.addRecords(USER_RECORDS);
  if (options.extra) await store.addRecords(options.extra);
  const draft = options.draft === undefined ? harborArticle() : options.draft;
  const services = {
    store,
    corpusChanged: vi.fn(),
    loadDraft: vi.fn(async (id: string) => (id === 'd1' ? draft : null)),
    discardDraft: vi.fn(async () => undefined),
    download: vi.fn(),
    now: () => new Date('2025-02-01T10:00:00.000Z'),
    uiLanguage: {
      get: vi.fn(async () => options.uiLanguage ?? null),
      set: vi.fn(async (_tag: UiLocaleTag | null) => undefined),
      browserDefault: () => 'en' as const,
    },
  };
  const routes: Route[] = [];
  function Host() {
    const [route, setRoute] = useState(parseRoute(hash));
    return (
      <ManagerApp
        services={services}
        route={route}
        onNavigate={(next) => {
          routes.push(next);
          setRoute(next);
        }}
      />
    );
  }
  render(
    <I18nProvider translator={options.translator ?? ENGLISH}>
      <Host />
    </I18nProvider>,
  );
  return { store, services, routes };
}
