import { useId } from 'preact/hooks';
import type { SettingsView } from '../../utils/messaging/protocol';
import { useI18n } from '../i18n';

export interface SiteSwitchesProps {
  settings: SettingsView;
  /** The site the popup speaks of, when known ("news.example"). */
  hostname: string | null;
  onSetSiteEnabled(enabled: boolean): void;
  onSetGlobalEnabled(enabled: boolean): void;
}

function Switch(props: { id: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div class="sl-switch">
      <input
        id={props.id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

/** On/off for this site and for every site: real checkboxes shown as switches. */
export function SiteSwitches(props: SiteSwitchesProps) {
  const tr = useI18n();
  const id = useId();
  return (
    <fieldset class="sl-switches">
      <legend>{tr.t('popup_highlighting')}</legend>
      {props.hostname && (
        <Switch
          id={`${id}-site`}
          label={tr.t('popup_on_site', [props.hostname])}
          checked={props.settings.siteEnabled}
          onChange={props.onSetSiteEnabled}
        />
      )}
      <Switch id={`${id}-all`} label={tr.t('popup_on_every_site')} checked={props.settings.enabled} onChange={props.onSetGlobalEnabled} />
    </fieldset>
  );
}
