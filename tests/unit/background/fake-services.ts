/** The background's services as plain fakes, with a log of what the router asked of them. */
import { createRouter, type BackgroundServices, type Sender } from '../../../utils/background/router';
import type { ExtractedArticle } from '../../../utils/extract/article';
import type { TabCommand, TabState } from '../../../utils/messaging/protocol';
import type { PageAnalysis } from '../../../utils/match/types';
import { sampleReport } from '../../fixtures/sample-report';

export const STORY_URL = 'https://news.example/stargate';
export const tab = (url = STORY_URL, frameId = 0): Sender => ({ kind: 'tab', tabId: 7, frameId, url });

export interface FakeTab {
  /** What the tab's extractor returns; a function throws for a tab the extension cannot script. */
  extracted?: unknown;
  /** The annotator's answer to a command that has one. */
  answer?: (command: TabCommand) => unknown;
}

export function fakeServices(analysis: PageAnalysis, enabled = { enabled: true, siteEnabled: true }, tabPage: FakeTab = {}) {
  const states = new Map<number, TabState>();
  const drafts = new Map<string, ExtractedArticle>();
  const log = {
    injected: [] as number[],
    guarded: [] as number[],
    badges: [] as Array<number | null>,
    sent: [] as TabCommand[],
    invalidated: 0,
    corpusLoads: 0,
    opened: [] as string[],
    messagesAsked: [] as string[],
  };
  const settings = { ...enabled };
  const sidebars = new Map<string, { open: boolean; width: number }>();
  let draftCount = 0;
  const services: BackgroundServices = {
    corpus: async () => (log.corpusLoads++, {
      corpus: {
        format: 'source-lens-corpus', version: 1, sources: sampleReport.records.sources, utterances: sampleReport.records.utterances,
        wordings: sampleReport.records.wordings, figures: sampleReport.records.figures, events: sampleReport.records.events,
        disagreements: sampleReport.records.disagreements,
      },
      analyze: () => analysis,
    }),
    settings: {
      isEnabled: async () => ({ ...settings }),
      setEnabled: async (host, on) => {
        if (host === null) settings.enabled = on;
        else settings.siteEnabled = on;
      },
      sidebar: async (host) => sidebars.get(host ?? '') ?? { open: false, width: 360 },
      setSidebar: async (host, state) => void sidebars.set(host, state),
    },
    tabs: {
      get: async (id) => states.get(id) ?? null,
      set: async (s) => void states.set(s.tabId, s),
      clear: async (id) => void states.delete(id),
    },
    injectAnnotator: async (id) => void log.injected.push(id),
    guardPage: async (id) => void log.guarded.push(id),
    sendToTab: async (_id, c) => {
      log.sent.push(c);
      return tabPage.answer?.(c);
    },
    tabUrl: async () => STORY_URL,
    setBadge: async (_id, n) => void log.badges.push(n),
    now: () => '2025-01-24T00:00:00.000Z',
    invalidateCorpus: () => void (log.invalidated += 1),
    extractArticle: async () => {
      if (typeof tabPage.extracted === 'function') throw new Error('Cannot access contents of the page');
      return tabPage.extracted ?? null;
    },
    drafts: {
      put: async (id, article) => void drafts.set(id, article),
      get: async (id) => drafts.get(id) ?? null,
      remove: async (id) => void drafts.delete(id),
    },
    newDraftId: () => `draft-${++draftCount}`,
    openManager: async (hash) => void log.opened.push(hash),
    messages: async (locale) => {
      log.messagesAsked.push(locale);
      return { ui_locale: { message: locale }, sidebar_title: { message: `[${locale}] Source Lens` } };
    },
  };
  return { router: createRouter(services), states, drafts, log };
}
