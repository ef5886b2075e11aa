/**
 * The corpus as the background uses it: the IndexedDB store, seeded from the curated file shipped
 * in the package, and the engine's index over it, built once and rebuilt only when the corpus changes.
 */
import { browser } from 'wxt/browser';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { normaliseHostname, sidebarFor, DEFAULT_SIDEBAR } from '../../utils/storage/settings';
import { readCorpusJson } from '../../utils/corpus/validate';
import { analyzePage, buildMatchIndex, type AnalyzeOptions } from '../../utils/match/engine';
import { joinUserFigures } from '../../utils/corpus/join-figures';
import type { Corpus } from '../../utils/corpus/schema';
import type { PageAnalysis } from '../../utils/match/types';

const CURATED_PATH = '/corpus/curated.json';

export interface LoadedCorpus {
  corpus: Corpus;
  analyze(text: string, options?: AnalyzeOptions): PageAnalysis;
}

export function createCorpusService(store = new CorpusStore()) {
  let opened: Promise<void> | null = null;
  let loaded: Promise<LoadedCorpus> | null = null;
  let seeding: Promise<void> | null = null;

  const open = () => (opened ??= store.open());

  async function readPackagedCorpus(): Promise<Corpus> {
    const response = await fetch(browser.runtime.getURL(CURATED_PATH));
    const result = readCorpusJson(await response.text(), { maxBytes: 20_000_000 });
    if (!result.ok) {
      const first = result.errors[0];
      throw new Error(`the packaged curated corpus is invalid: ${first?.path ?? ''} ${first?.message ?? ''}`);
    }
    return result.corpus;
  }

  /** Installs the packaged curated records; user records are never touched. */
  async function seedFromPackage(options: { force: boolean }): Promise<void> {
    seeding = (async () => {
      await open();
      const result = await store.seedCurated(await readPackagedCorpus(), options);
      if (result.changed) loaded = null;
    })();
    try {
      await seeding;
    } catch (error) {
      console.error('Source Lens: could not install the curated corpus', error);
    }
  }

  async function load(): Promise<LoadedCorpus> {
    await open();
    if (seeding) await seeding.catch(() => undefined);
    // A store that was never seeded (the install event was missed) is seeded now.
    if ((await store.getRevision()) === null) await seedFromPackage({ force: false });
    const corpus = joinUserFigures(await store.getCorpus());
    const index = buildMatchIndex(corpus);
    return { corpus, analyze: (text, options) => analyzePage(text, index, options) };
  }

  return {
    store,
    seedFromPackage,
    current(): Promise<LoadedCorpus> {
      loaded ??= load().catch((error: unknown) => {
        loaded = null;
        throw error;
      });
      return loaded;
    },
    /** The corpus changed (import, added page, reset): the next page gets a fresh index. */
    invalidate(): void {
      loaded = null;
    },
    settings: {
      async isEnabled(hostname: string | null) {
        await open();
        const settings = await store.getSettings();
        const key = hostname ? normaliseHostname(hostname) : null;
        const site = key ? settings.sites[key] : undefined;
        return { enabled: settings.enabled, siteEnabled: site?.enabled ?? true };
      },
      async sidebar(hostname: string | null) {
        await open();
        return hostname ? sidebarFor(await store.getSettings(), hostname) : DEFAULT_SIDEBAR;
      },
      async setSidebar(hostname: string, state: { open: boolean; width: number }) {
        await open();
        await store.setSidebar(hostname, state);
      },
      async setEnabled(hostname: string | null, enabled: boolean) {
        await open();
        if (hostname === null) await store.setEnabled(enabled);
        else await store.setSiteEnabled(hostname, enabled);
      },
    },
  };
}
