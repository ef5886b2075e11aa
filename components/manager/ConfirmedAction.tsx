import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ConfirmPanel } from './ConfirmPanel';
import { errorText } from '../problems';
import { useI18n } from '../i18n';

export interface ConfirmedActionProps {
  /**
   * The button's visible words, and its full name for screen readers when the words alone are
   * not enough ("Delete" named "Delete the source …"): one message, so it reads in any language.
   */
  label: string;
  accessibleName?: string;
  disabled?: boolean;
  /** The question, the confirming button's words, and what the panel explains. */
  title: string;
  confirmLabel: string;
  children: ComponentChildren;
  /** Runs on confirmation; a thrown error's message is shown in the panel, which stays open. */
  action(): Promise<void>;
}

/**
 * A button for something that cannot be undone: it opens a ConfirmPanel, runs the action on
 * confirmation, and gives focus back to the button when the user cancels.
 */
export function ConfirmedAction(props: ConfirmedActionProps) {
  const tr = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setAsking(false);
    setError(null);
    trigger.current?.focus();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await props.action();
      setAsking(false);
    } catch (e) {
      setError(errorText(tr, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="sl-confirmed-action">
      <button
        type="button"
        class="sl-button"
        ref={trigger}
        aria-label={props.accessibleName}
        aria-expanded={asking}
        disabled={asking || props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
      {asking && (
        <ConfirmPanel title={props.title} confirmLabel={props.confirmLabel} onConfirm={() => void confirm()} onCancel={cancel} error={error} busy={busy}>
          {props.children}
        </ConfirmPanel>
      )}
    </div>
  );
}
