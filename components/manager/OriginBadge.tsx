import type { Origin } from '../../utils/corpus/schema';
import { useI18n } from '../i18n';

/** Whether a record came with Source Lens or the user added it. */
export function OriginBadge(props: { origin: Origin }) {
  const tr = useI18n();
  return <span class={`sl-badge sl-origin-${props.origin}`}>{tr.t(props.origin === 'curated' ? 'manager_badge_curated' : 'manager_badge_user')}</span>;
}
