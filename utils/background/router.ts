/**
 * The background's answers to every message, as plain functions over injected services, so the
 * whole protocol is tested in Node; the entrypoint only wires browser APIs into `BackgroundServices`.
 */
import * as v from 'valibot';
import {
  AnnotationExportSchema,
  ContentMessageSchema,
  ExtensionPageMessageSchema,
  type AddPageReply,
  type AnalyzeReply,
  type ExportAnnotationsReply,
  type ReplyFailureCode,
  type SettingsView,
  type SidebarView,
  type TabCommand,
  type TabState,
} from '../messaging/protocol';
import { buildPageReport, summarizeReport } from '../report/page-report';
import type { Corpus } from '../corpus/schema';
import type { PageAnalysis } from '../match/types';
import { ExtractedArticleSchema, type ExtractedArticle } from '../extract/article';
import type { UiLocaleTag } from '../i18n/locales';
import type { MessagesFile } from '../i18n/messages';
import type { AnalyzeOptions } from '../match/engine';

export interface BackgroundServices {
  /** The current corpus and an analyser bound to its index (cached by the caller). */
  corpus(): Promise<{ corpus: Corpus; analyze(text: string, options?: AnalyzeOptions): PageAnalysis }>;
  settings: {
    isEnabled(hostname: string | null): Promise<{ enabled: boolean; siteEnabled: boolean }>;
    setEnabled(hostname: string | null, enabled: boolean): Promise<void>;
    sidebar(hostname: string | null): Promise<SidebarView>;
    setSidebar(hostname: string, state: SidebarView): Promise<void>;
  };
  tabs: {
    get(tabId: number): Promise<TabState | null>;
    set(state: TabState): Promise<void>;
    clear(tabId: number): Promise<void>;
  };
  injectAnnotator(tabId: number, frameId: number): Promise<void>;
  /** Adds the user-origin guard styles (utils/anchoring/guard-styles) to a story page's frame. */
  guardPage(tabId: number, frameId: number): Promise<void>;
  /** Resolves with the tab's answer, if the command has one. */
  sendToTab(tabId: number, command: TabCommand): Promise<unknown>;
  /** The corpus changed in the manager: drop the cached index. */
  invalidateCorpus(): void;
  /** Runs the article extractor in the tab's top frame; its raw result (checked here), or null. */
  extractArticle(tabId: number): Promise<unknown>;
  /** Extracted pages waiting in the manager's add view (kept for the browser session). */
  drafts: {
    put(id: string, article: ExtractedArticle): Promise<void>;
    get(id: string): Promise<ExtractedArticle | null>;
    remove(id: string): Promise<void>;
  };
  newDraftId(): string;
  /** Opens the corpus manager at a hash route, e.g. "#/add?draft=…". */
  openManager(hash: string): Promise<void>;
  /** The URL a tab shows now, when the extension may know it. */
  tabUrl(tabId: number): Promise<string | null>;
  setBadge(tabId: number, count: number | null): Promise<void>;
  now(): string;
  /** The packaged messages of one interface language, for a content script's chosen language. */
  messages(locale: UiLocaleTag): Promise<MessagesFile>;
}

/** Who sent a message: a tab's content script, or one of the extension's own pages. */
export type Sender =
  | { kind: 'tab'; tabId: number; frameId: number; url: string }
  | { kind: 'extension-page' }
  | { kind: 'unknown' };

export class RejectedMessage extends Error {}

export function hostnameOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function disabledReason(s: { enabled: boolean; siteEnabled: boolean }): 'global' | 'site' | null {
  if (!s.enabled) return 'global';
  return s.siteEnabled ? null : 'site';
}

/** The English of each reply failure; the interface words it from the code (reply_<code> keys). */
export const REPLY_FAILURES: Record<ReplyFailureCode, string> = {
  cannot_read: 'Source Lens cannot read this page (browser pages and extension stores are off limits to extensions).',
  no_article: 'Source Lens found no article on this page: no main text to add.',
  no_highlights: 'This page has no highlights to export: Source Lens has not annotated it.',
};

export function createRouter(services: BackgroundServices) {
  /** Extracts the tab's article, keeps it as a draft and opens the manager's add view on it. */
  async function addPage(tabId: number): Promise<AddPageReply> {
    let raw: unknown;
    try {
      raw = await services.extractArticle(tabId);
    } catch {
      return { ok: false, code: 'cannot_read', message: REPLY_FAILURES.cannot_read };
    }
    const parsed = v.safeParse(ExtractedArticleSchema, raw);
    if (!parsed.success) return { ok: false, code: 'no_article', message: REPLY_FAILURES.no_article };
    const draftId = services.newDraftId();
    await services.drafts.put(draftId, parsed.output);
    await services.openManager(`#/add?draft=${draftId}`);
    return { ok: true, draftId };
  }

  async function exportAnnotations(tabId: number): Promise<ExportAnnotationsReply> {
    const answer = await services.sendToTab(tabId, { type: 'ui/export-annotations' }).catch(() => null);
    const parsed = v.safeParse(AnnotationExportSchema, answer);
    if (!parsed.success || parsed.output.count === 0) return { ok: false, code: 'no_highlights', message: REPLY_FAILURES.no_highlights };
    const state = await services.tabs.get(tabId);
    const host = (state?.url && hostnameOf(state.url)) || 'page';
    const day = services.now().slice(0, 10);
    return { ok: true, json: parsed.output.json, count: parsed.output.count, filename: `source-lens-highlights-${host}-${day}.jsonld` };
  }

  async function fromContent(message: unknown, sender: Extract<Sender, { kind: 'tab' }>): Promise<unknown> {
    const parsed = v.safeParse(ContentMessageSchema, message);
    if (!parsed.success) throw new RejectedMessage('malformed message from a content script');
    const msg = parsed.output;
    const { tabId, frameId } = sender;
    // Only the top frame is annotated: frames are other documents with their own stories. A frame
    // may say it is a candidate (and is turned down); nothing else from a frame is ours.
    if (frameId !== 0 && msg.type !== 'page/candidate') throw new RejectedMessage('message from a frame that is not annotated');
    // The annotator's words in the reader's language, whether or not the site is switched on.
    if (msg.type === 'i18n/messages') return services.messages(msg.locale);
    const reason = disabledReason(await services.settings.isEnabled(hostnameOf(sender.url)));

    switch (msg.type) {
      case 'page/candidate': {
        if (frameId !== 0 || reason) return { injected: false };
        await services.injectAnnotator(tabId, frameId);
        return { injected: true };
      }
      case 'page/analyze': {
        if (reason) return { status: 'disabled', reason } satisfies AnalyzeReply;
        const { corpus, analyze } = await services.corpus();
        // Without a date in its markup, the engine reads the page's dateline, else counts from today.
        const analysis = analyze(msg.text, msg.pageDate ? { pageDate: msg.pageDate } : {});
        // A related page (the venture's other news, the two men's other fights) is annotated too,
        // with only what the corpus can speak to; the engine has already narrowed its matches.
        if (analysis.decision.relevance === 'unrelated') {
          const { decision } = analysis;
          await services.tabs.set({ tabId, url: msg.url, decision, report: null, summary: null, anchored: 0, disabledReason: null });
          await services.setBadge(tabId, null);
          return {
            status: 'not-story',
            score: analysis.decision.score,
            threshold: analysis.decision.threshold,
          } satisfies AnalyzeReply;
        }
        // Before the reply, so the guard is in place by the time the first mark exists.
        await services.guardPage(tabId, frameId).catch(() => undefined);
        const report = buildPageReport(analysis, corpus, { url: msg.url, title: msg.title, analyzedAt: services.now() });
        const summary = summarizeReport(report);
        await services.tabs.set({ tabId, url: msg.url, decision: analysis.decision, report, summary, anchored: 0, disabledReason: null });
        const sidebar = await services.settings.sidebar(hostnameOf(sender.url));
        return { status: 'story', report, sidebar } satisfies AnalyzeReply;
      }
      case 'page/highlighted': {
        const state = await services.tabs.get(tabId);
        if (state) await services.tabs.set({ ...state, anchored: msg.anchored });
        // The badge counts what the reader can actually see highlighted.
        await services.setBadge(tabId, msg.anchored);
        return { ok: true };
      }
      case 'page/sidebar': {
        const hostname = hostnameOf(sender.url);
        if (hostname) await services.settings.setSidebar(hostname, { open: msg.open, width: msg.width });
        return { ok: true };
      }
      case 'page/cleared': {
        await services.tabs.clear(tabId);
        await services.setBadge(tabId, null);
        return { ok: true };
      }
      case 'page/add-to-corpus':
        return addPage(tabId);
    }
  }

  /** Switching off takes the highlights out at once; switching on annotates the tab again. */
  async function applySettingsToTab(tabId: number): Promise<void> {
    const state = await services.tabs.get(tabId);
    const url = state?.url ?? (await services.tabUrl(tabId));
    if (!url) return;
    const reason = disabledReason(await services.settings.isEnabled(hostnameOf(url)));
    if (reason) {
      await services.sendToTab(tabId, { type: 'ui/remove' }).catch(() => undefined);
      await services.tabs.clear(tabId);
      await services.setBadge(tabId, null);
    } else {
      await services.injectAnnotator(tabId, 0);
    }
  }

  async function fromExtensionPage(message: unknown): Promise<unknown> {
    const parsed = v.safeParse(ExtensionPageMessageSchema, message);
    if (!parsed.success) throw new RejectedMessage('malformed message from an extension page');
    const msg = parsed.output;
    switch (msg.type) {
      case 'tab/state':
        return services.tabs.get(msg.tabId);
      case 'tab/open-sidebar':
        await services.sendToTab(msg.tabId, { type: 'ui/open-sidebar' });
        return { ok: true };
      case 'settings/get': {
        const s = await services.settings.isEnabled(msg.hostname ?? null);
        return { enabled: s.enabled, siteEnabled: s.siteEnabled } satisfies SettingsView;
      }
      case 'settings/set-enabled': {
        await services.settings.setEnabled(msg.hostname, msg.enabled);
        if (msg.tabId !== undefined) await applySettingsToTab(msg.tabId);
        return { ok: true };
      }
      case 'corpus/changed':
        services.invalidateCorpus();
        return { ok: true };
      case 'corpus/ready':
        // Loading the corpus installs the curated records first when the store is still empty.
        await services.corpus();
        return { ok: true };
      case 'tab/add-page':
        return addPage(msg.tabId);
      case 'tab/export-annotations':
        return exportAnnotations(msg.tabId);
      case 'draft/get':
        return services.drafts.get(msg.draftId);
      case 'draft/discard':
        await services.drafts.remove(msg.draftId);
        return { ok: true };
    }
  }

  return {
    /** Answers a message or throws RejectedMessage; never trusts the message's own claims. */
    async handle(message: unknown, sender: Sender): Promise<unknown> {
      if (sender.kind === 'tab') return fromContent(message, sender);
      if (sender.kind === 'extension-page') return fromExtensionPage(message);
      throw new RejectedMessage('message from an unknown sender');
    },
  };
}
