import type { Origin } from '../../utils/corpus/schema';

/** Whether a record came with Source Lens or the user added it. */
export function OriginBadge(props: { origin: Origin }) {
  return <span class={`sl-badge sl-origin-${props.origin}`}>{props.origin === 'curated' ? 'Curated' : 'Yours'}</span>;
}
