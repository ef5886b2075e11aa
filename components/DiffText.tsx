import type { DiffPart } from '../utils/match/types';
import { ScreenReaderText } from './Heading';

/**
 * A word diff from a corpus wording to the page: struck words are the source's only, underlined
 * words the page's only. Both carry words for screen readers, so the meaning never rests on colour.
 */
/** A changed part: its words, framed for screen readers by what kind of change it is. */
function Change(props: { tag: 'del' | 'ins'; who: string; value: string }) {
  const Tag = props.tag;
  return (
    <Tag>
      <ScreenReaderText>[{props.who} only: </ScreenReaderText>
      {props.value}
      <ScreenReaderText>]</ScreenReaderText>
    </Tag>
  );
}

/** Who each side of the diff is, for screen readers: by default a source against the page. */
export interface DiffSides {
  removed: string;
  added: string;
}

export function DiffText(props: { parts: DiffPart[]; sides?: DiffSides }) {
  const sides = props.sides ?? { removed: 'source', added: 'page' };
  return (
    <span class="sl-diff">
      {props.parts.map((part, i) => {
        if (part.removed) return <Change key={i} tag="del" who={sides.removed} value={part.value} />;
        if (part.added) return <Change key={i} tag="ins" who={sides.added} value={part.value} />;
        return <span key={i}>{part.value}</span>;
      })}
    </span>
  );
}

export function DiffLegend() {
  return (
    <p class="sl-legend">
      <del>Struck</del> words are only in the source; <ins>underlined</ins> words are only on this page.
    </p>
  );
}
