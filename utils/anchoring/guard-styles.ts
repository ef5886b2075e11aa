/**
 * A user-origin style sheet the background gives a story page's tab; it is never added to the
 * DOM. The marks and the UI host carry inline !important styles, which outrank every rule of the
 * page except those aimed at their pseudo-elements (`source-lens-mark::before { content: … }`):
 * no inline style reaches a pseudo-element. User-origin !important declarations outrank any page
 * rule, so these take away whatever a page would generate before, after or behind our elements.
 */
export const GUARD_CSS = [
  'source-lens-mark::before',
  'source-lens-mark::after',
  'source-lens-ui::before',
  'source-lens-ui::after',
  'source-lens-ui::backdrop',
].join(', ') + ' { content: none !important; display: none !important; }';
