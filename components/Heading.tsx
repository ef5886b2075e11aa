import { Fragment, type ComponentChildren } from 'preact';

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

/** "—" for sighted readers, words for screen readers (the caller's, in the reader's language). */
export function Missing(props: { words: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <ScreenReaderText>{props.words}</ScreenReaderText>
    </>
  );
}

/** A slot marker and a tag the translator keeps around some of the message's own words. */
const PART = /\uE000(\d+)\uE001|<([a-z]+)>([^<]*)<\/\2>/g;

/**
 * Stand-ins for the substitutions of a message rendered by `Rich`: pass them to `tr.t` or
 * `tr.count` in place of the parts, which `Rich` then puts where the translator placed them.
 */
export function slots(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `\uE000${i}\uE001`);
}

/**
 * One translated sentence with markup inside it, never parsed as HTML: each slot becomes its
 * part (an element, or text from the page or the corpus, which is never parsed at all), and the
 * translator's `<name>words</name>` becomes `tags[name](words)`, or the bare words for a tag it
 * does not know.
 */
export function Rich(props: { text: string; parts?: ComponentChildren[]; tags?: Record<string, (words: ComponentChildren) => ComponentChildren> }) {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of props.text.matchAll(PART)) {
    const at = m.index ?? 0;
    if (at > last) out.push(props.text.slice(last, at));
    if (m[1] !== undefined) {
      out.push(props.parts?.[Number(m[1])]);
    } else {
      const words = <Rich text={m[3]!} parts={props.parts} />;
      const render = props.tags?.[m[2]!];
      out.push(render ? render(words) : words);
    }
    last = at + m[0].length;
  }
  if (last < props.text.length) out.push(props.text.slice(last));
  return (
    <>
      {out.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}
