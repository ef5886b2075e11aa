/**
 * The background's answers to every message, as plain functions over injected services, so the
 * whole protocol is tested in Node; the entrypoint only wires browser APIs into `BackgroundServices`.
 */
import * as v from 'valibot';
import {
  ContentMessageSchema,
  ExtensionPageMessageSchema,
  type AnalyzeReply,
  type SettingsView,
  type SidebarView,
  type TabCommand,
  type TabState,
} from '../messaging/protocol';
import { buildPageReport, summarizeReport } from '../report/page-report';
import type { Corpus } from '../corpus/schema';
import type { PageAnalysis } from '../match/types';

export interface BackgroundServices {
  /** The current corpus and an analyser bound to its index (cached by the caller). */
  corpus(): Promise<{ corpus: Corpus; analyze(text: string): PageAnalysis }>;
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
  sendToTab(tabId: number, command: TabCommand): Promise<void>;
  /** The URL a tab shows now, when the extension may know it. */
  tabUrl(tabId: number): Promise<string | null>;
  setBadge(tabId: number, count: number | null): Promise<void>;
  now(): string;
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

export function createRouter(services: BackgroundServices) {
  async function fromContent(message: unknown, sender: Extract<Sender, { kind: 'tab' }>): Promise<unknown> {
    const parsed = v.safeParse(ContentMessageSchema, message);
    if (!parsed.success) throw new RejectedMessage('malformed message from a content script');
    const msg = parsed.output;
    const { tabId, frameId } = sender;
    const reason = disabledReason(await services.settings.isEnabled(hostnameOf(sender.url)));

    switch (msg.type) {
      case 'page/candidate': {
        // Only the top frame is annotated: frames are other documents with their own stories.
        if (frameId !== 0 || reason) return { injected: false };
        await services.injectAnnotator(tabId, frameId);
        return { injected: true };
      }
      case 'page/analyze': {
        if (reason) return { status: 'disabled', reason } satisfies AnalyzeReply;
        const { corpus, analyze } = await services.corpus();
        const analysis = analyze(msg.text);
        if (!analysis.decision.isStory) {
          const { decision } = analysis;
          await services.tabs.set({ tabId, url: msg.url, decision, report: null, summary: null, anchored: 0, disabledReason: null });
          await services.setBadge(tabId, null);
          return {
            status: 'not-story',
            score: analysis.decision.score,
            threshold: analysis.decision.threshold,
          } satisfies AnalyzeReply;
        }
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
