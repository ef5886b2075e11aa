import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldProps {
  label: string;
  value: string;
  onValue(value: string): void;
  /** A line under the label, tied to the control for screen readers. */
  hint?: ComponentChildren;
  multiline?: boolean;
  type?: 'text' | 'url' | 'number';
  placeholder?: string;
  disabled?: boolean;
}

/** A labelled text input (or text area) of the add view. */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = useId();
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    disabled: props.disabled,
    'aria-describedby': props.hint ? hintId : undefined,
    onInput: (e: Event) => props.onValue((e.target as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="sl-field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <span id={hintId} class="sl-muted sl-hint">
          {props.hint}
        </span>
      )}
      {props.multiline ? <textarea rows={3} {...common} /> : <input type={props.type ?? 'text'} step={props.type === 'number' ? 'any' : undefined} {...common} />}
    </div>
  );
}

/** A "keep this" checkbox with its label. */
export function KeepBox(props: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div class="sl-keep">
      <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)} />
      <label for={id}>{props.label}</label>
    </div>
  );
}
