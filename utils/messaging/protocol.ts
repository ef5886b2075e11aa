/**
 * Every message the extension's parts exchange, with a schema for each: the background checks
 * the shape of everything it receives, because a content script lives in a page it cannot trust.
 */
import * as v from 'valibot';
import type { PageReport, PageSummary } from '../report/page-report';
import type { StoryDecision } from '../match/types';
import type { ExtractedArticle } from '../extract/article';
import { MARKUP_DATE_SOURCES } from '../extract/page-date';
import { UI_LOCALES } from '../i18n/locales';

/** Pages larger than this are cut before analysis; no real article comes close. */
export const MAX_PAGE_TEXT = 12_000_000;

const Url = v.pipe(v.string(), v.maxLength(8192));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Hostname = v.pipe(v.string(), v.maxLength(255));
const DraftId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Sent by content scripts (the sender is a tab). */
export const ContentMessageSchema = v.variant('type', [
  /** The cheap gate said this page might be about the story: inject the annotator. */
  v.object({ type: v.literal('page/candidate') }),
  /** The annotator's page text, for the engine. */
  v.object({
    type: v.literal('page/analyze'),
    url: Url,
    title: v.pipe(v.string(), v.maxLength(2000)),
    text: v.pipe(v.string(), v.maxLength(MAX_PAGE_TEXT)),
    /** The publication date the page's markup gives (JSON-LD, meta, <time>); relative dates count from it. */
    pageDate: v.optional(
      v.object({
        date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
        from: v.picklist(MARKUP_DATE_SOURCES),
      }),
    ),
  }),
  /** How many matches the annotator could anchor in the DOM (for the badge). */
  v.object({ type: v.literal('page/highlighted'), anchored: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** The page left the story (SPA navigation): forget its result. */
  v.object({ type: v.literal('page/cleared') }),
  /** The reader opened, closed or resized the sidebar: remembered for this site. */
  v.object({
    type: v.literal('page/sidebar'),
    open: v.boolean(),
    width: v.pipe(v.number(), v.finite()),
  }),
  /** The sidebar's "Add this page to the corpus": extract the article and open the manager. */
  v.object({ type: v.literal('page/add-to-corpus') }),
  /** The interface's messages in the language the reader chose (answered with a MessagesFile). */
  v.object({ type: v.literal('i18n/messages'), locale: v.picklist(UI_LOCALES.map((l) => l.tag)) }),
]);
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** Sent by the extension's own pages (popup, options). */
export const ExtensionPageMessageSchema = v.variant('type', [
  v.object({ type: v.literal('tab/state'), tabId: TabId }),
  v.object({ type: v.literal('tab/open-sidebar'), tabId: TabId }),
  v.object({ type: v.literal('settings/get'), hostname: v.optional(Hostname) }),
  /** hostname null: the global switch. tabId: the tab to update at once (popup's active tab). */
  v.object({
    type: v.literal('settings/set-enabled'),
    hostname: v.nullable(Hostname),
    enabled: v.boolean(),
    tabId: v.optional(TabId),
  }),
  /** The corpus manager changed the corpus: the next page is matched against a fresh index. */
  v.object({ type: v.literal('corpus/changed') }),
  /** The corpus manager is opening: answered once the curated corpus is installed. */
  v.object({ type: v.literal('corpus/ready') }),
  /** Extract the tab's article into a draft and open the manager's add view on it. */
  v.object({ type: v.literal('tab/add-page'), tabId: TabId }),
  /** The tab's highlights as W3C Web Annotation JSON-LD, built by its annotator. */
  v.object({ type: v.literal('tab/export-annotations'), tabId: TabId }),
  v.object({ type: v.literal('draft/get'), draftId: DraftId }),
  v.object({ type: v.literal('draft/discard'), draftId: DraftId }),
]);
export type ExtensionPageMessage = v.InferOutput<typeof ExtensionPageMessageSchema>;

/** Sent by the background to a tab's annotator. */
export type TabCommand =
  | { type: 'ui/open-sidebar' }
  | { type: 'ui/toggle-sidebar' }
  | { type: 'ui/next-highlight' }
  | { type: 'ui/previous-highlight' }
  | { type: 'ui/remove' }
  /** Answered with an AnnotationExport. */
  | { type: 'ui/export-annotations' };

/** The annotator's answer to `ui/export-annotations`: the JSON-LD text of its page's highlights. */
export const AnnotationExportSchema = v.object({
  json: v.pipe(v.string(), v.maxLength(50_000_000)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type AnnotationExport = v.InferOutput<typeof AnnotationExportSchema>;

/**
 * Why a reply says no: `code` for the interface to word in the reader's language
 * (components/problems.ts), `message` in English.
 *  - cannot_read: the browser does not let extensions read the page (browser pages, stores).
 *  - no_article: the page has no main text to add.
 *  - no_highlights: the page has no highlights to export.
 */
export type ReplyFailureCode = 'cannot_read' | 'no_article' | 'no_highlights';

/** Replies to `tab/add-page` and `page/add-to-corpus`. */
export type AddPageReply = { ok: true; draftId: string } | { ok: false; code: 'cannot_read' | 'no_article'; message: string };

/** Replies to `tab/export-annotations`: the file to download, or why there is none. */
export type ExportAnnotationsReply =
  | { ok: true; json: string; filename: string; count: number }
  | { ok: false; code: 'no_highlights'; message: string };

/** Replies to `draft/get`: null when the draft is gone (drafts last for the browser session). */
export type DraftReply = ExtractedArticle | null;

/** What the background remembers of a tab. */
export interface TabState {
  tabId: number;
  url: string;
  /** The engine's decision and its signals (also kept for pages that are not about the story). */
  decision: StoryDecision;
  /** null when the page is not about the story. */
  report: PageReport | null;
  summary: PageSummary | null;
  anchored: number;
  /** Set when the extension is switched off for this site or globally. */
  disabledReason: 'site' | 'global' | null;
}

export interface SettingsView {
  enabled: boolean;
  siteEnabled: boolean;
}

/** Replies to `page/analyze`: the report, or why nothing will be shown. */
export interface SidebarView {
  open: boolean;
  width: number;
}

export type AnalyzeReply =
  | { status: 'story'; report: PageReport; sidebar: SidebarView }
  | { status: 'not-story'; score: number; threshold: number }
  | { status: 'disabled'; reason: 'site' | 'global' };
