import type { ComponentChildren } from 'preact';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading whose level the host picks, so cards nest correctly in the sidebar and the popup. */
export function Heading(props: { level: HeadingLevel; id?: string; class?: string; tabIndex?: number; children: ComponentChildren }) {
  const Tag = `h${props.level}` as 'h2';
  return (
    <Tag id={props.id} class={props.class} tabIndex={props.tabIndex}>
      {props.children}
    </Tag>
  );
}

export const deeper = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/** Text for screen readers only. */
export function ScreenReaderText(props: { children: ComponentChildren }) {
  return <span class="sl-sr">{props.children}</span>;
}

/** "—" for sighted readers, words for screen readers. */
export function Missing(props: { words: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <ScreenReaderText>{props.words}</ScreenReaderText>
    </>
  );
}
