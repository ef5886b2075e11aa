import { useRef } from 'preact/hooks';
import type { Translator } from '../../utils/i18n/translator';
import type { ViewName } from '../../utils/manager/routes';
import { useI18n } from '../i18n';

/** A view's name, on its tab and as its heading. */
export function viewTitle(tr: Translator, view: ViewName): string {
  return tr.t(`manager_view_${view}`);
}

export const tabId = (view: ViewName) => `sl-tab-${view}`;
export const PANEL_ID = 'sl-view-panel';

/**
 * The views as ARIA tabs: one tab stop, arrow keys (and Home/End) move between the tabs and show
 * each view at once, as the tabs pattern of the ARIA Authoring Practices describes.
 */
export function ViewTabs(props: { views: readonly ViewName[]; current: ViewName; onSelect(view: ViewName): void }) {
  const tr = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = props.views.indexOf(props.current);
    const n = props.views.length;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1 + n, Home: 0, End: n - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const view = props.views[next % n]!;
    props.onSelect(view);
    list.current?.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus();
  };
  return (
    <div class="sl-tabs" role="tablist" aria-label={tr.t('manager_views_label')} ref={list} onKeyDown={onKeyDown}>
      {props.views.map((view) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabId(view)}
          class="sl-tab"
          aria-selected={view === props.current}
          aria-controls={PANEL_ID}
          tabIndex={view === props.current ? 0 : -1}
          onClick={() => props.onSelect(view)}
        >
          {viewTitle(tr, view)}
        </button>
      ))}
    </div>
  );
}
