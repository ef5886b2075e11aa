/**
 * The IndexedDB layout of the corpus store and the ordered upgrade steps that build it.
 *
 * Every database, whatever version it was left at, is brought to the latest layout by running the
 * steps after its version in order, inside the one upgrade transaction IndexedDB gives us: if any
 * step throws, the browser rolls the whole upgrade back and the old database stays as it was.
 * A step never rewrites user data (user records, notes); it may add stores and indexes or move
 * our own bookkeeping (settings layout, meta keys).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { COLLECTIONS } from '../corpus/schema';

export const DEFAULT_DB_NAME = 'source-lens';

/** Stores that hold no corpus records. */
export const NOTES_STORE = 'notes';
export const SETTINGS_STORE = 'settings';
export const META_STORE = 'meta';

/** Keys of the meta store. */
export const META_KEYS = {
  curatedRevision: 'curatedRevision',
  schemaVersion: 'schemaVersion',
  installedAt: 'installedAt',
} as const;

/** Settings keys: the global switch, and one entry per site (since version 3). */
export const ENABLED_KEY = 'enabled';
export const SITE_KEY_PREFIX = 'site:';
/** Versions 1–2 kept every site's settings in this one entry. */
export const LEGACY_SITES_KEY = 'sites';

/** The schema is deliberately untyped at the idb level: stores are handled generically by name. */
export type CorpusDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  version: number;
  /** What the step changes, for the report and for whoever reads the next step. */
  summary: string;
  upgrade(db: CorpusDatabase, tx: UpgradeTransaction, now: Date): void;
}

/** The upgrade steps, oldest first. Append new steps; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    summary:
      'first layout: one store per corpus collection (key "id", index "origin", wordings by ' +
      'utteranceId), notes, settings (global switch and one "sites" entry), meta (curated revision)',
    upgrade(db) {
      for (const name of COLLECTIONS) {
        const store = db.createObjectStore(name, { keyPath: 'id' });
        store.createIndex('origin', 'origin');
        if (name === 'wordings') store.createIndex('utteranceId', 'utteranceId');
      }
      db.createObjectStore(NOTES_STORE, { keyPath: 'id' });
      db.createObjectStore(SETTINGS_STORE);
      db.createObjectStore(META_STORE);
    },
  },
  {
    version: 2,
    summary:
      'indexes the first layout lacked: wordings by sourceId (all that one source prints, for ' +
      'the source view) and notes by target [type, id] (the notes on one record)',
    upgrade(_db, tx) {
      tx.objectStore('wordings').createIndex('sourceId', 'sourceId');
      tx.objectStore(NOTES_STORE).createIndex('target', ['target.type', 'target.id']);
    },
  },
  {
    version: 3,
    summary:
      'settings: the single "sites" entry is split into one "site:<hostname>" entry per site, so ' +
      'resizing the sidebar on one site rewrites only that site; meta records installedAt',
    upgrade(_db, tx, now) {
      const settings = tx.objectStore(SETTINGS_STORE);
      void settings.get(LEGACY_SITES_KEY).then((sites: unknown) => {
        if (sites === null || typeof sites !== 'object') return;
        for (const [hostname, site] of Object.entries(sites)) {
          void settings.put(site, SITE_KEY_PREFIX + hostname);
        }
        void settings.delete(LEGACY_SITES_KEY);
      });
      const meta = tx.objectStore(META_STORE);
      void meta.get(META_KEYS.installedAt).then((installedAt: unknown) => {
        if (installedAt === undefined) void meta.put(now.toISOString(), META_KEYS.installedAt);
      });
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export interface OpenOptions {
  /** Stop at this version (tests build old databases with it); the latest by default. */
  version?: number;
  now?: () => Date;
  /** Called when another tab holds the database open at an older version. */
  onBlocked?: () => void;
  /** Called when the connection was closed for a newer version, or by the browser. */
  onReleased?: () => void;
}

/** Opens (creating or upgrading as needed) the database `name`. */
export async function openCorpusDatabase(name: string, options: OpenOptions = {}): Promise<CorpusDatabase> {
  const target = options.version ?? DB_VERSION;
  const now = options.now ?? (() => new Date());
  const db = await openDB(name, target, {
    upgrade(database, oldVersion, _newVersion, tx) {
      const at = now();
      for (const step of MIGRATIONS) {
        if (step.version > oldVersion && step.version <= target) step.upgrade(database, tx, at);
      }
      void tx.objectStore(META_STORE).put(target, META_KEYS.schemaVersion);
    },
    blocked: options.onBlocked,
    // A newer version opened in another tab: let it upgrade instead of waiting on us forever.
    blocking() {
      db.close();
      options.onReleased?.();
    },
    terminated: options.onReleased,
  });
  return db;
}
