import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface ConfirmPanelProps {
  title: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Why the last attempt failed, read out at once. */
  error?: string | null;
  busy?: boolean;
  children: ComponentChildren;
}

/**
 * Asks before something that cannot be undone. Focus moves to "Cancel", the safe choice; Escape
 * cancels. Not modal: the rest of the page stays readable, to check what is about to go.
 */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const tr = useI18n();
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="sl-confirm"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        props.onCancel();
      }}
    >
      <p id={titleId} class="sl-confirm-title">
        {props.title}
      </p>
      <div id={bodyId}>{props.children}</div>
      {props.error && (
        <p class="sl-error" role="alert">
          {props.error}
        </p>
      )}
      <div class="sl-actions">
        <button type="button" class="sl-button" ref={cancel} onClick={props.onCancel}>
          {tr.t('manager_cancel')}
        </button>
        <button type="button" class="sl-button sl-danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </div>
  );
}
