/**
 * Settings persisted in the settings store: the global switch under "enabled", each site under
 * "site:<hostname>". Each change rewrites only its own entry.
 */
import { problem } from '../corpus/problem';
import { ENABLED_KEY, SETTINGS_STORE, SITE_KEY_PREFIX, type CorpusDatabase } from './db';
import {
  DEFAULT_SETTINGS,
  normaliseHostname,
  parseSiteSettings,
  siteSettingsFor,
  withSite,
  type Settings,
  type SiteSettings,
} from './settings';
import { inWriteTransaction, StorageError } from './transaction';

export async function readSettings(db: CorpusDatabase): Promise<Settings> {
  const tx = db.transaction(SETTINGS_STORE, 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const settings: Settings = { enabled: DEFAULT_SETTINGS.enabled, sites: {} };
  keys.forEach((key, i) => {
    const value: unknown = values[i];
    if (key === ENABLED_KEY && typeof value === 'boolean') settings.enabled = value;
    if (typeof key !== 'string' || !key.startsWith(SITE_KEY_PREFIX)) return;
    const host = normaliseHostname(key.slice(SITE_KEY_PREFIX.length));
    const site = parseSiteSettings(value);
    if (host !== null && site !== null) settings.sites[host] = site;
  });
  return settings;
}

export async function writeEnabled(db: CorpusDatabase, enabled: boolean): Promise<void> {
  await inWriteTransaction(db, [SETTINGS_STORE], 'save_setting', async (tx) => {
    await tx.objectStore(SETTINGS_STORE).put(enabled, ENABLED_KEY);
  });
}

/** Merges `change` into the site's stored entry (read and written in one transaction). */
export async function writeSite(db: CorpusDatabase, hostname: string, change: SiteSettings): Promise<SiteSettings> {
  const host = normaliseHostname(hostname);
  if (host === null) throw StorageError.of('invalid', problem('not_a_hostname', { hostname }));
  return inWriteTransaction(db, [SETTINGS_STORE], 'save_site_setting', async (tx) => {
    const store = tx.objectStore(SETTINGS_STORE);
    const key = SITE_KEY_PREFIX + host;
    const stored = parseSiteSettings(await store.get(key)) ?? {};
    const site = siteSettingsFor(withSite({ enabled: true, sites: { [host]: stored } }, host, change), host);
    await store.put(site, key);
    return site;
  });
}

/** Removes every setting, back to the defaults. */
export async function clearSettings(db: CorpusDatabase): Promise<void> {
  await inWriteTransaction(db, [SETTINGS_STORE], 'reset_settings', async (tx) => {
    await tx.objectStore(SETTINGS_STORE).clear();
  });
}
