/**
 * The components' CSS, as strings the host injects: into the shadow root that holds the sidebar
 * and cards (SHADOW_ROOT_CSS), or into the popup's own document (POPUP_PAGE_CSS). Every rule is
 * scoped under .sl-root, so nothing leaks into the article even if injected in the wrong place.
 */
import { DARK, LIGHT, paletteVars } from './palette';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const BASE_CSS = `
.sl-root { ${paletteVars(LIGHT)}
  font: 13.5px/1.5 ${FONT}; color: var(--sl-text); background: var(--sl-bg);
  text-align: start; letter-spacing: normal; box-sizing: border-box; -webkit-font-smoothing: antialiased; }
@media (prefers-color-scheme: dark) { .sl-root { ${paletteVars(DARK)} color-scheme: dark; } }
:where(.sl-root) *, :where(.sl-root) *::before, :where(.sl-root) *::after { box-sizing: border-box; }
:where(.sl-root) h1, :where(.sl-root) h2, :where(.sl-root) h3, :where(.sl-root) h4, :where(.sl-root) h5, :where(.sl-root) h6 {
  margin: 0.9em 0 0.35em; line-height: 1.3; font-weight: 650; color: var(--sl-text); }
:where(.sl-root) h1 { font-size: 1.3em; margin-top: 0; }
:where(.sl-root) h2 { font-size: 1.15em; }
:where(.sl-root) h3 { font-size: 1.05em; }
:where(.sl-root) h4, :where(.sl-root) h5, :where(.sl-root) h6 { font-size: 1em; }
:where(.sl-root) p, :where(.sl-root) ul, :where(.sl-root) ol { margin: 0.35em 0; }
:where(.sl-root) ul, :where(.sl-root) ol { padding-inline-start: 1.2em; }
:where(.sl-root) q { quotes: auto; }
/* Narrow panels in every script: a long word or URL breaks rather than overflow; Japanese and
   Chinese break by their strict rules (no small kana or closing bracket at a line start); Korean
   keeps its words whole, as Korean is read. */
.sl-root { overflow-wrap: anywhere; }
.sl-root:lang(ja), .sl-root:lang(zh) { line-break: strict; word-break: normal; }
.sl-root:lang(ko) { word-break: keep-all; }
/* Quotes and the page's own words keep their own direction inside a right-to-left interface
   (an English quote in an Arabic card), as dir="auto" would: punctuation lands where it belongs. */
:where(.sl-root) blockquote, .sl-note-text, .sl-wording, .sl-quote-text, .sl-page-title { unicode-bidi: plaintext; }
/* In a right-to-left interface a quote may run either way: marks that look the same from both
   sides read right whichever it is (curly or angled ones mirror with the line, not the quote). */
.sl-root[dir="rtl"] q, .sl-root [dir="rtl"] q { quotes: '"' '"' "'" "'"; }
:where(.sl-root) blockquote { margin: 0.4em 0; padding: 0.3em 0.7em; border-inline-start: 3px solid var(--sl-border);
  background: var(--sl-surface); }
:where(.sl-root) a { color: var(--sl-accent); }
.sl-muted { color: var(--sl-muted); }
.sl-related-note { border-inline-start: 3px solid var(--sl-accent); padding-inline-start: 0.6em; margin: 0.4em 0; }
.sl-source { font-weight: 600; }
.sl-sr { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.sl-root :focus { outline: none; }
.sl-root :focus-visible { outline: 2px solid var(--sl-focus); outline-offset: 2px; border-radius: 2px; }
.sl-button { font: inherit; color: var(--sl-text); background: var(--sl-surface); border: 1px solid var(--sl-border);
  border-radius: 6px; padding: 0.35em 0.8em; cursor: pointer; }
.sl-button:hover { border-color: var(--sl-text); }
.sl-primary { background: var(--sl-accent); color: var(--sl-on-accent); border-color: var(--sl-accent); font-weight: 600; }
:where(.sl-root) select, :where(.sl-root) input { font: inherit; color: var(--sl-text); background: var(--sl-bg);
  border: 1px solid var(--sl-border); border-radius: 4px; }
:where(.sl-root) select { padding: 0.2em 0.3em; }
.sl-warning, .sl-flag { color: var(--sl-warn-text); }
.sl-warning { background: var(--sl-warn-bg); padding: 0.2em 0.5em; border-radius: 4px; }
.sl-table-scroll { overflow-x: auto; max-width: 100%; }
.sl-table { border-collapse: collapse; font-size: 0.93em; min-width: 100%; }
.sl-table caption { text-align: start; color: var(--sl-muted); padding-bottom: 0.3em; }
/* A wide table scrolls sideways; its caption stays in view at the left. */
.sl-table-scroll caption { position: sticky; inset-inline-start: 0; max-width: min(100%, 20rem); }
.sl-coverage { font-size: 0.86em; }
.sl-coverage thead th { min-width: 6.5em; }
.sl-table th, .sl-table td { border: 1px solid var(--sl-border); padding: 0.3em 0.45em; vertical-align: top; text-align: start; }
.sl-table thead th { background: var(--sl-surface); font-weight: 600; }
.sl-table tbody th { font-weight: 600; }
.sl-disagreements, .sl-positions, .sl-event-dates, .sl-figure-statements, .sl-sources { list-style: none; padding: 0; }
.sl-disagreement { border-inline-start: 3px solid var(--sl-warn-text); padding-inline-start: 0.6em; margin: 0.5em 0; }
`;

export const CARD_CSS = `
.sl-card { max-width: 380px; padding: 0.6em 0.8em; border: 1px solid var(--sl-border); border-radius: 8px;
  background: var(--sl-bg); color: var(--sl-text); }
.sl-card-head h1, .sl-card-head h2, .sl-card-head h3, .sl-card-head h4, .sl-card-head h5, .sl-card-head h6 { margin-top: 0; }
.sl-badge { display: inline-block; margin: 0.2em 0; padding: 0.05em 0.5em; border-radius: 999px;
  background: var(--sl-badge-bg); color: var(--sl-badge-text); font-size: 0.9em; font-weight: 600; }
.sl-sources > li { margin: 0.5em 0; padding-top: 0.4em; border-top: 1px solid var(--sl-border); }
.sl-sources ul { list-style: none; padding: 0; }
.sl-wording { background: var(--sl-surface); padding: 0.3em 0.5em; border-radius: 4px; overflow-wrap: anywhere; }
:where(.sl-root) del { text-decoration: line-through; text-decoration-thickness: 2px; background: var(--sl-del-bg); color: var(--sl-del-text); }
:where(.sl-root) ins { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px;
  background: var(--sl-ins-bg); color: var(--sl-ins-text); }
:where(.sl-root) del + ins { margin-inline-start: 0.15em; }
.sl-legend { font-size: 0.9em; color: var(--sl-muted); }
.sl-ideas { list-style: none; padding: 0; margin: 0.3em 0; }
.sl-idea-matched::before { content: "✓ "; }
.sl-idea-missing { color: var(--sl-muted); }
.sl-idea-missing::before { content: "– "; }
.sl-agreement { font-weight: 600; }
.sl-agreement.sl-differs::before { content: "≠ "; }
.sl-agreement.sl-agrees::before { content: "= "; }
.sl-event-dates li.sl-differs, .sl-verdict-differs { border-inline-start: 3px solid var(--sl-warn-text); padding-inline-start: 0.4em; }
.sl-quote-text { font-style: italic; overflow-wrap: anywhere; }
`;

export const SIDEBAR_CSS = `
.sl-sidebar { position: fixed; inset: 0 0 0 auto; z-index: 2147483646; max-width: 100vw; display: flex;
  flex-direction: column; border-left: 1px solid var(--sl-border); box-shadow: -4px 0 16px rgb(0 0 0 / 0.18); }
.sl-resize { position: absolute; inset: 0 auto 0 -5px; width: 10px; cursor: ew-resize; touch-action: none; z-index: 1; }
.sl-resize:hover, .sl-resize:focus-visible { background: linear-gradient(90deg, transparent 4px, var(--sl-focus) 4px, var(--sl-focus) 6px, transparent 6px); }
.sl-sidebar-head { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 0 0.5em;
  padding: 0.7em 0.9em 0.4em; border-bottom: 1px solid var(--sl-border); }
.sl-sidebar-head h2 { margin: 0; }
.sl-page-title { grid-column: 1 / -1; margin: 0.1em 0 0; font-size: 0.92em; }
.sl-sidebar-body { flex: 1; overflow-y: auto; padding: 0 0.9em 1.5em; overscroll-behavior: contain; }
.sl-sidebar-foot { padding: 0.5em 0.9em; border-top: 1px solid var(--sl-border); }
.sl-section-head { margin: 0.8em 0 0.3em; }
.sl-disclosure { all: unset; display: flex; gap: 0.35em; align-items: baseline; width: 100%; cursor: pointer; font-weight: 650; }
.sl-disclosure:focus-visible { outline: 2px solid var(--sl-focus); outline-offset: 2px; }
.sl-chevron { width: 1em; display: inline-block; }
.sl-filters { display: grid; grid-template-columns: auto 1fr; gap: 0.3em 0.5em; align-items: center; margin: 0.4em 0; }
.sl-groups { list-style: none; padding: 0; }
.sl-group { margin: 0.6em 0; }
.sl-group h4 { margin: 0.2em 0; }
.sl-notes { list-style: none; padding: 0; }
.sl-note { font: inherit; color: var(--sl-text); background: var(--sl-surface); width: 100%; text-align: start;
  border: 1px solid transparent; border-radius: 6px; padding: 0.35em 0.55em; margin: 0.15em 0; cursor: pointer; }
.sl-note:hover { border-color: var(--sl-border); }
.sl-note[aria-expanded="true"] { border-color: var(--sl-accent); }
.sl-note-lead { font-weight: 600; }
.sl-note-card { margin: 0.3em 0 0.6em; }
.sl-timeline { list-style: none; padding: 0; }
.sl-timeline > li { border-inline-start: 2px solid var(--sl-border); padding-inline-start: 0.7em; margin: 0.5em 0; }
.sl-timeline > li.sl-conflicting { border-inline-start-color: var(--sl-warn-text); }
.sl-when { font-weight: 600; }
`;

export const POPUP_CSS = `
.sl-popup { width: 380px; max-width: 100vw; padding: 0.9em 1em 1em; }
.sl-popup-scroll, .sl-why .sl-reasons { max-height: 9em; overflow-y: auto; overscroll-behavior: contain; }
.sl-why .sl-reasons { max-height: 7em; }
.sl-popup .sl-page-title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sl-popup h2 { margin-top: 0.6em; padding-top: 0.45em; }
.sl-popup .sl-switches { display: flex; flex-wrap: wrap; column-gap: 1.2em; }
.sl-popup .sl-actions { margin: 0.7em 0 0.4em; }
.sl-lines { list-style: none; padding: 0; margin: 0.2em 0; }
.sl-lines > li { margin: 0; }
.sl-lines summary { display: list-item; cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0.1em 0; }
.sl-lines details[open] > summary { white-space: normal; }
.sl-lines details > :not(summary) { margin-inline-start: 1em; }
.sl-carriers { padding-inline-start: 1.2em; }
.sl-popup h2 { border-top: 1px solid var(--sl-border); padding-top: 0.6em; }
.sl-popup h1 + .sl-page-title { margin-top: -0.2em; }
.sl-why summary { cursor: pointer; color: var(--sl-accent); }
.sl-signals { padding-inline-start: 1.2em; }
.sl-weight { color: var(--sl-muted); }
.sl-counts { list-style: none; padding: 0; }
.sl-actions { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0.9em 0 0.6em; }
.sl-switches { border: 1px solid var(--sl-border); border-radius: 6px; padding: 0.3em 0.7em 0.5em; margin: 0; }
.sl-switch { display: flex; align-items: center; gap: 0.5em; margin: 0.25em 0; }
.sl-switch input { width: 1.1em; height: 1.1em; accent-color: var(--sl-accent); }
`;

/** The annotator's own pieces: the card floating by a highlight, and the launcher pill. */
export const ANNOTATOR_CSS = `
.sl-hover-card { position: fixed; z-index: 2147483647; width: 380px; max-width: calc(100vw - 16px); overflow-y: auto;
  border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); overscroll-behavior: contain; }
.sl-hover-card > .sl-card { max-width: none; }
.sl-launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; cursor: pointer; font-weight: 600;
  padding: 0.45em 0.9em; border-radius: 999px; border: 1px solid var(--sl-border); background: var(--sl-bg);
  color: var(--sl-text); box-shadow: 0 2px 10px rgb(0 0 0 / 0.2); }
.sl-launcher:hover { border-color: var(--sl-text); }
`;

/** The corpus manager, a page of its own: views as tabs, records as cards, the add-a-page form. */
export const MANAGER_CSS = `
.sl-manager { max-width: 76rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; min-height: 100vh; font-size: 15px; }
.sl-setting { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; margin: 0.5em 0; }
.sl-manager-head { border-bottom: 1px solid var(--sl-border); margin-bottom: 1rem; }
.sl-announce:empty { display: none; }
.sl-announce { background: var(--sl-ins-bg); color: var(--sl-ins-text); padding: 0.3em 0.6em; border-radius: 4px; }
.sl-tabs { display: flex; flex-wrap: wrap; gap: 0.25em; margin-top: 0.6em; }
.sl-tab { font: inherit; color: var(--sl-text); background: none; border: 0; border-bottom: 3px solid transparent;
  padding: 0.45em 0.8em; cursor: pointer; }
.sl-tab:hover { border-bottom-color: var(--sl-border); }
.sl-tab[aria-selected="true"] { border-bottom-color: var(--sl-accent); font-weight: 650; }
.sl-search { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.6em; margin: 0.6em 0 1em; }
.sl-search input[type="search"] { min-width: min(24rem, 100%); padding: 0.3em 0.5em; }
.sl-count { margin: 0; flex-basis: 100%; }
.sl-records { list-style: none; padding: 0; }
.sl-record { border: 1px solid var(--sl-border); border-radius: 8px; padding: 0.6em 0.9em; margin: 0.7em 0; background: var(--sl-bg); }
.sl-record h3 { margin-top: 0.2em; }
.sl-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.9em; margin: 0.4em 0; }
.sl-facts dt { font-weight: 600; }
.sl-facts dd { margin: 0; overflow-wrap: anywhere; }
.sl-wording-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.6em; list-style: none; padding: 0; }
.sl-wording-card { margin: 0; background: var(--sl-surface); }
.sl-wording-card .sl-wording { background: var(--sl-bg); }
.sl-user-notes { border-inline-start: 3px solid var(--sl-accent); padding-inline-start: 0.6em; margin: 0.5em 0; }
.sl-figures td, .sl-figures th { min-width: 9rem; }
.sl-figure-value { display: block; }
.sl-figure-id { font-weight: 400; font-size: 0.9em; margin-top: 0.3em; }
.sl-delete { margin-top: 0.4em; }
.sl-confirm { border: 2px solid var(--sl-warn-text); background: var(--sl-warn-bg); color: var(--sl-text); border-radius: 8px;
  padding: 0.5em 0.8em; margin: 0.5em 0; font-weight: 400; }
.sl-confirm-title { font-weight: 650; }
.sl-danger { background: var(--sl-del-bg); color: var(--sl-del-text); border-color: var(--sl-del-text); font-weight: 600; }
.sl-error { background: var(--sl-del-bg); color: var(--sl-del-text); padding: 0.3em 0.6em; border-radius: 4px; }
.sl-success { background: var(--sl-ins-bg); color: var(--sl-ins-text); padding: 0.3em 0.6em; border-radius: 4px; }
.sl-panel section { margin: 1.2em 0; }
.sl-file-import { display: flex; flex-direction: column; gap: 0.3em; align-items: flex-start; }
.sl-fieldset { border: 1px solid var(--sl-border); border-radius: 8px; padding: 0.5em 0.9em 0.8em; margin: 0.8em 0; }
.sl-fieldset legend { font-weight: 650; padding: 0 0.3em; }
.sl-proposal.sl-dropped { opacity: 0.75; border-style: dashed; }
.sl-field { display: flex; flex-direction: column; gap: 0.15em; margin: 0.45em 0; }
.sl-field label { font-weight: 600; }
.sl-hint { font-size: 0.9em; }
:where(.sl-manager) input[type="text"], :where(.sl-manager) input[type="url"], :where(.sl-manager) input[type="number"],
:where(.sl-manager) textarea { font: inherit; color: var(--sl-text); background: var(--sl-bg); border: 1px solid var(--sl-border);
  border-radius: 4px; padding: 0.3em 0.5em; max-width: 48rem; width: 100%; }
.sl-keep { display: flex; align-items: center; gap: 0.4em; }
.sl-keep input { width: 1.1em; height: 1.1em; accent-color: var(--sl-accent); }
.sl-context { font-size: 0.92em; overflow-wrap: anywhere; }
.sl-match { margin: 0.4em 0; }
`;

/** What the user asked of their system: more contrast, forced colours, less motion. */
export const PREFERENCES_CSS = `
@media (prefers-contrast: more) {
  .sl-root { --sl-muted: var(--sl-text); --sl-border: var(--sl-text); }
  :where(.sl-root) del, :where(.sl-root) ins { text-decoration-thickness: 3px; }
  .sl-note, .sl-card, .sl-button, .sl-record, .sl-fieldset { border-width: 2px; }
  .sl-proposal.sl-dropped { opacity: 1; }
}
@media (forced-colors: active) {
  :where(.sl-root) del, :where(.sl-root) ins, .sl-badge, .sl-warning { border: 1px solid CanvasText; }
  .sl-note, .sl-button, .sl-card, .sl-resize { border: 1px solid ButtonText; }
  .sl-tab[aria-selected="true"] { border-bottom-color: Highlight; }
  .sl-error, .sl-success, .sl-announce, .sl-confirm { border: 1px solid CanvasText; }
  .sl-note[aria-expanded="true"] { outline: 2px solid Highlight; }
  .sl-root :focus-visible, .sl-disclosure:focus-visible { outline: 2px solid Highlight; }
  .sl-resize:hover, .sl-resize:focus-visible { background: Highlight; }
}
@media (prefers-reduced-motion: reduce) {
  :where(.sl-root) *, :where(.sl-root) *::before, :where(.sl-root) *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
`;

/** For the shadow root holding the sidebar and cards: isolate from the page's inherited styles first. */
export const SHADOW_ROOT_CSS = [':host { all: initial; }', BASE_CSS, CARD_CSS, SIDEBAR_CSS, ANNOTATOR_CSS, PREFERENCES_CSS].join('\n');

/** For the documents of the extension's own pages (popup, corpus manager). */
const PAGE_DOCUMENT_CSS = `html, body { margin: 0; background: ${LIGHT.bg}; }
@media (prefers-color-scheme: dark) { html, body { background: ${DARK.bg}; } }`;

export const POPUP_PAGE_CSS = [PAGE_DOCUMENT_CSS, BASE_CSS, CARD_CSS, POPUP_CSS, PREFERENCES_CSS].join('\n');

/** For the corpus manager's page (the options page). */
export const MANAGER_PAGE_CSS = [PAGE_DOCUMENT_CSS, BASE_CSS, CARD_CSS, SIDEBAR_CSS, MANAGER_CSS, PREFERENCES_CSS].join('\n');
