import type { DiffPart } from '../utils/match/types';
import { useI18n } from './i18n';
import { Rich, ScreenReaderText, slots } from './Heading';

/**
 * A word diff from a corpus wording to the page: struck words are the source's only, underlined
 * words the page's only. Both carry words for screen readers, so the meaning never rests on colour.
 */
/** A changed part: its words, framed for screen readers by what kind of change it is. */
function Change(props: { tag: 'del' | 'ins'; who: string; value: string }) {
  const tr = useI18n();
  const Tag = props.tag;
  // One message, "[source only: …]": the words around the change are read by screen readers only.
  const [before = '', after = ''] = tr.t('card_diff_only', [props.who, slots(1)[0]!]).split(slots(1)[0]!);
  return (
    <Tag>
      {before && <ScreenReaderText>{before}</ScreenReaderText>}
      {props.value}
      {after && <ScreenReaderText>{after}</ScreenReaderText>}
    </Tag>
  );
}

/** Who each side of the diff is, for screen readers: by default a source against the page. */
export interface DiffSides {
  removed: string;
  added: string;
}

export function DiffText(props: { parts: DiffPart[]; sides?: DiffSides }) {
  const tr = useI18n();
  const sides = props.sides ?? { removed: tr.t('card_diff_side_source'), added: tr.t('card_diff_side_page') };
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
  const tr = useI18n();
  return (
    <p class="sl-legend">
      <Rich text={tr.t('card_diff_legend')} tags={{ del: (words) => <del>{words}</del>, ins: (words) => <ins>{words}</ins> }} />
    </p>
  );
}
