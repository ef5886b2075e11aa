import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { Heading, type HeadingLevel } from '../Heading';

/** A collapsible part of the sidebar: a heading whose button shows or hides the body. */
export function Section(props: { title: string; level: HeadingLevel; initiallyOpen?: boolean; children: ComponentChildren }) {
  const [open, setOpen] = useState(props.initiallyOpen ?? true);
  const bodyId = useId();
  return (
    <div class="sl-section">
      <Heading level={props.level} class="sl-section-head">
        <button type="button" class="sl-disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span class="sl-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {props.title}
        </button>
      </Heading>
      <div id={bodyId} class="sl-section-body" hidden={!open}>
        {props.children}
      </div>
    </div>
  );
}
