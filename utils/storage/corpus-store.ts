/**
 * The corpus store: the curated corpus, the user's own records, notes and settings, in one
 * IndexedDB database. Every write is one transaction, so it happens whole or not at all.
 */
import { englishNumber, problem, type StorageAction } from '../corpus/problem';
import { COLLECTIONS, CORPUS_FORMAT, CORPUS_VERSION, type CollectionName, type Corpus, type Wording } from '../corpus/schema';
import { validateCorpus } from '../corpus/validate';
import { planCascadeDelete, type RecordKey } from './cascade';
import {
  DEFAULT_DB_NAME,
  META_KEYS,
  META_STORE,
  NOTES_STORE,
  SETTINGS_STORE,
  openCorpusDatabase,
  type CorpusDatabase,
} from './db';
import { installCurated, type SeedResult } from './curated-seed';
import { readImportFile, summariseProblems, MAX_IMPORT_BYTES } from './import-file';
import { planMerge, type MergeMode, type MergePlan } from './merge';
import * as notes from './notes';
import { planNotes, type NotePlan } from './note-file';
import { recordNoun, type CorpusRecord, type CorpusRecords, type PartialCorpusRecords } from './records';
import { type Settings, type SidebarState } from './settings';
import * as settingsStore from './settings-store';
import { mergeOrigins, readRecords, readSnapshot } from './snapshot';
import { inWriteTransaction, issueAll, StorageError, toStorageError, type FailureWording, type PathError } from './transaction';
import { checkRecordShapes } from './record-shapes';

export type { SeedResult };

export interface CorpusStoreOptions {
  /** Tests give each case its own database. */
  dbName?: string;
  now?: () => Date;
  newNoteId?: () => string;
  maxImportBytes?: number;
}

export interface MergeSummary {
  added: number;
  replaced: number;
  unchanged: number;
}

/** What an import added, for the reader: `notes` is null when the file had none. */
export interface ImportCounts {
  /** Records added, and records already in the store that were left as they are. */
  added: number;
  unchanged: number;
  notes: { added: number; unchanged: number } | null;
}

/**
 * An import's outcome: its English `message`, and what the interface words it from in any
 * language (components/problems.ts): the counts, or the failure's code or refusal with its errors.
 */
export type ImportResult =
  | ({ ok: true; message: string; notes: ImportCounts['notes'] } & MergeSummary)
  | ({ ok: false; message: string; errors: PathError[] } & FailureWording);

/** "Imported 4 records (8 already in the store were left as they are) and 2 notes." */
export function importMessage(counts: ImportCounts): string {
  const records = `${englishNumber(counts.added)} record${counts.added === 1 ? '' : 's'}`;
  const asItIs = (n: number) => (n === 1 ? 'as it is' : 'as they are');
  const kept =
    counts.unchanged > 0
      ? ` (${englishNumber(counts.unchanged)} already in the store ${counts.unchanged === 1 ? 'was' : 'were'} left ${asItIs(counts.unchanged)})`
      : '';
  const { notes } = counts;
  const notesKept = notes !== null && notes.unchanged > 0 ? ` (${englishNumber(notes.unchanged)} kept ${asItIs(notes.unchanged)})` : '';
  const noteWords = notes === null ? '' : ` and ${englishNumber(notes.added)} note${notes.added === 1 ? '' : 's'}${notesKept}`;
  return `Imported ${records}${kept}${noteWords}.`;
}

/** The wording of a StorageError, to pass on in a result. */
function wordingOf(error: StorageError): FailureWording {
  return {
    ...(error.code !== undefined ? { code: error.code } : {}),
    ...(error.params !== undefined ? { params: error.params } : {}),
    ...(error.refusal !== undefined ? { refusal: error.refusal } : {}),
  };
}

export interface DeleteResult {
  deleted: RecordKey[];
  /** Records that stayed but lost their pointers to the deleted ones. */
  updated: RecordKey[];
  notesRemoved: number;
}

const CORPUS_STORES = [...COLLECTIONS] as string[];

/** Open once per extension context; every method opens the database itself if needed. */
export class CorpusStore {
  private opening: Promise<CorpusDatabase> | null = null;
  readonly dbName: string;
  private readonly clock: notes.NoteClock;
  private readonly maxImportBytes: number;

  constructor(options: CorpusStoreOptions = {}) {
    this.dbName = options.dbName ?? DEFAULT_DB_NAME;
    this.clock = { now: options.now ?? (() => new Date()), newId: options.newNoteId ?? (() => `note.${crypto.randomUUID()}`) };
    this.maxImportBytes = options.maxImportBytes ?? MAX_IMPORT_BYTES;
  }

  /** Opens the database, upgrading an older layout first. Other methods open it as needed. */
  async open(): Promise<void> {
    await this.connection();
  }

  close(): void {
    const opening = this.opening;
    this.opening = null;
    void opening?.then((db) => db.close(), () => undefined);
  }

  /** The open database; reopened when a newer version in another tab made us let go of it. */
  private connection(): Promise<CorpusDatabase> {
    if (this.opening === null) {
      const opening = openCorpusDatabase(this.dbName, {
        now: this.clock.now,
        onReleased: () => {
          if (this.opening === opening) this.opening = null;
        },
      }).catch((error: unknown) => {
        if (this.opening === opening) this.opening = null;
        throw toStorageError(error, 'open_store');
      });
      this.opening = opening;
    }
    return this.opening;
  }

  /**
   * Replaces every curated record with `corpus`'s in one transaction, leaving user records as
   * they are. Does nothing when this revision is installed already, unless `force`. The corpus
   * is validated first (schema and links): a broken curated file must not replace a good one.
   */
  async seedCurated(corpus: Corpus, options: { force?: boolean } = {}): Promise<SeedResult> {
    const checked = validateCorpus(corpus);
    if (!checked.ok) {
      throw new StorageError('invalid', summariseProblems('install_curated', checked.errors), checked.errors, { refusal: 'install_curated' });
    }
    const db = await this.connection();
    return inWriteTransaction(db, [...CORPUS_STORES, META_STORE], 'install_curated', (tx) =>
      installCurated(tx, checked.corpus, options.force ?? false),
    );
  }

  /** The whole corpus, curated and user records together. */
  async getCorpus(): Promise<Corpus> {
    const tx = (await this.connection()).transaction([...CORPUS_STORES, META_STORE], 'readonly');
    const [curated, user, revision] = await Promise.all([
      readRecords(tx, 'curated'),
      readRecords(tx, 'user'),
      tx.objectStore(META_STORE).get(META_KEYS.curatedRevision) as Promise<string | null | undefined>,
      tx.done,
    ]);
    return envelope(mergeOrigins(curated, user), revision ?? null);
  }

  /** The installed curated revision; null before the first install. */
  async getRevision(): Promise<string | null> {
    const db = await this.connection();
    return ((await db.get(META_STORE, META_KEYS.curatedRevision)) as string | null | undefined) ?? null;
  }

  /** Every wording of one source (curated and user), e.g. for a source's page in the sidebar. */
  async wordingsOfSource(sourceId: string): Promise<Wording[]> {
    const db = await this.connection();
    return (await db.getAllFromIndex('wordings', 'sourceId', sourceId)) as Wording[];
  }

  /** Every wording of one utterance: the ways the outlets print it. */
  async wordingsOfUtterance(utteranceId: string): Promise<Wording[]> {
    const db = await this.connection();
    return (await db.getAllFromIndex('wordings', 'utteranceId', utteranceId)) as Wording[];
  }

  /** Adds the user's records, or replaces the user's own records with the same ids. */
  async addRecords(records: PartialCorpusRecords): Promise<MergeSummary> {
    const shaped = checkRecordShapes(records);
    if (!shaped.ok) throw new StorageError('invalid', summariseProblems('save_records', shaped.errors), shaped.errors, { refusal: 'save_records' });
    const { plan } = await this.merge(shaped.records, 'add');
    return { added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged };
  }

  /** Deletes one of the user's records and what depends on it (see cascade.ts). */
  async deleteUserRecord(collection: CollectionName, id: string): Promise<DeleteResult> {
    if (!(COLLECTIONS as readonly string[]).includes(collection)) {
      throw StorageError.of('invalid', problem('not_a_collection', { collection: String(collection) }));
    }
    const kind = recordNoun(collection);
    const action: StorageAction = `delete_${kind}`;
    return inWriteTransaction(await this.connection(), [...CORPUS_STORES, NOTES_STORE], action, async (tx) => {
      const record = (await tx.objectStore(collection).get(id)) as CorpusRecord | undefined;
      if (record === undefined) throw StorageError.of('not-found', problem('no_such_record', { kind, id }));
      if (record.origin !== 'user') throw StorageError.of('curated', problem('delete_curated', { kind, id }));
      const plan = planCascadeDelete(await readRecords(tx, 'user'), { collection, id });
      const notesStore = tx.objectStore(NOTES_STORE);
      const noteKeys = (
        await Promise.all(plan.deletes.map((k) => notesStore.index('target').getAllKeys([recordNoun(k.collection), k.id])))
      ).flat();
      await issueAll([
        ...plan.deletes.map((k) => () => tx.objectStore(k.collection).delete(k.id)),
        ...plan.updates.map((u) => () => tx.objectStore(u.collection).put(u.record)),
        ...noteKeys.map((key) => () => notesStore.delete(key)),
      ]);
      return {
        deleted: plan.deletes,
        updated: plan.updates.map((u) => ({ collection: u.collection, id: u.record.id })),
        notesRemoved: noteKeys.length,
      };
    });
  }

  /** Removes every record the user added; notes and settings stay unless asked. */
  async resetToCurated(options: { notes?: boolean; settings?: boolean } = {}): Promise<{ removed: number }> {
    const stores = [...CORPUS_STORES];
    if (options.notes) stores.push(NOTES_STORE);
    if (options.settings) stores.push(SETTINGS_STORE);
    return inWriteTransaction(await this.connection(), stores, 'remove_records', async (tx) => {
      const keys = await Promise.all(COLLECTIONS.map((c) => tx.objectStore(c).index('origin').getAllKeys('user')));
      await issueAll([
        ...COLLECTIONS.flatMap((c, i) => keys[i]!.map((key) => () => tx.objectStore(c).delete(key))),
        ...(options.notes ? [() => tx.objectStore(NOTES_STORE).clear()] : []),
        ...(options.settings ? [() => tx.objectStore(SETTINGS_STORE).clear()] : []),
      ]);
      return { removed: keys.reduce((n, k) => n + k.length, 0) };
    });
  }

  /** The user's records (or everything, for a full backup) as a corpus file. */
  async exportCorpus(options: { scope?: 'user' | 'all' } = {}): Promise<string> {
    const tx = (await this.connection()).transaction([...CORPUS_STORES, META_STORE, NOTES_STORE], 'readonly');
    const [user, curated, revision, allNotes] = await Promise.all([
      readRecords(tx, 'user'),
      options.scope === 'all' ? readRecords(tx, 'curated') : null,
      tx.objectStore(META_STORE).get(META_KEYS.curatedRevision) as Promise<string | null | undefined>,
      tx.objectStore(NOTES_STORE).getAll() as Promise<notes.Note[]>,
      tx.done,
    ]);
    const records = curated === null ? user : mergeOrigins(curated, user);
    // Both scopes carry every note: they are the user's own writing, whichever record they are on.
    const file = { ...envelope(records, revision ?? null), notes: allNotes.sort((a, b) => a.id.localeCompare(b.id)) };
    return `${JSON.stringify(file, null, 2)}\n`;
  }

  /** Imports a corpus file whole, or nothing of it; the result says what happened and why. */
  async importCorpus(text: string): Promise<ImportResult> {
    const read = readImportFile(text, this.maxImportBytes);
    if (!read.ok) return { ok: false, message: summariseProblems('import', read.errors), refusal: 'import', errors: read.errors };
    try {
      const { plan, notePlan } = await this.merge(read.corpus, 'import', read.notes);
      const notes = read.notes.length === 0 ? null : { added: notePlan.added, unchanged: notePlan.unchanged };
      const message = importMessage({ added: plan.added, unchanged: plan.unchanged, notes });
      return { ok: true, message, notes, added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged };
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      return { ok: false, message: error.message, errors: error.errors, ...wordingOf(error) };
    }
  }

  /**
   * Records (and, from an import, notes) join the store in one transaction, all of them or none.
   * A note must name a record the store or the records given have.
   */
  private async merge(
    records: PartialCorpusRecords,
    mode: MergeMode,
    incomingNotes: readonly notes.Note[] = [],
  ): Promise<{ plan: MergePlan; notePlan: NotePlan }> {
    const action = mode === 'import' ? 'import_file' : 'save_records';
    const refusal = mode === 'import' ? 'import' : 'save_records';
    return inWriteTransaction(await this.connection(), [...CORPUS_STORES, NOTES_STORE], action, async (tx) => {
      const snapshot = await readSnapshot(tx);
      const plan = planMerge(snapshot, records, mode);
      const given = new Set(COLLECTIONS.flatMap((c) => ((records[c] ?? []) as CorpusRecord[]).map((r) => `${c}/${r.id}`)));
      const hasRecord = (c: CollectionName, id: string) => snapshot.curated[c].has(id) || snapshot.user[c].has(id) || given.has(`${c}/${id}`);
      const notesStore = tx.objectStore(NOTES_STORE);
      const existing = new Map<string, notes.Note>();
      if (incomingNotes.length > 0) for (const n of (await notesStore.getAll()) as notes.Note[]) existing.set(n.id, n);
      const notePlan = planNotes(incomingNotes, existing, hasRecord);
      const problems = [...plan.problems, ...notePlan.problems];
      if (problems.length > 0) throw new StorageError('conflict', summariseProblems(refusal, problems), problems, { refusal });
      await issueAll([
        ...plan.puts.map((p) => () => tx.objectStore(p.collection).put(p.record)),
        ...notePlan.puts.map((n) => () => notesStore.put(n)),
      ]);
      return { plan, notePlan };
    });
  }

  /** Notes: see notes.ts. A note is the user's own text on one record. */
  async addNote(target: notes.NoteTarget, text: string): Promise<notes.Note> {
    return notes.addNote(await this.connection(), this.clock, target, text);
  }
  /** Several notes at once, all or none (e.g. the notes of an imported annotation file). */
  async addNotes(entries: readonly { target: notes.NoteTarget; text: string }[]): Promise<notes.Note[]> {
    return notes.addNotes(await this.connection(), this.clock, entries);
  }
  async getNote(id: string): Promise<notes.Note | undefined> {
    return notes.getNote(await this.connection(), id);
  }
  async listNotes(target?: notes.NoteTarget): Promise<notes.Note[]> {
    return notes.listNotes(await this.connection(), target);
  }
  async updateNote(id: string, text: string): Promise<notes.Note> {
    return notes.updateNote(await this.connection(), this.clock, id, text);
  }
  async deleteNote(id: string): Promise<void> {
    return notes.deleteNote(await this.connection(), id);
  }

  /** Settings: the pure helpers of settings.ts answer questions about them (isEnabledFor…). */
  async getSettings(): Promise<Settings> {
    return settingsStore.readSettings(await this.connection());
  }
  async setEnabled(enabled: boolean): Promise<void> {
    return settingsStore.writeEnabled(await this.connection(), enabled);
  }
  /** Site setters merge into the site's entry: switching a site off keeps its sidebar state. */
  async setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
    await settingsStore.writeSite(await this.connection(), hostname, { enabled });
  }
  async setSidebar(hostname: string, sidebar: SidebarState): Promise<void> {
    await settingsStore.writeSite(await this.connection(), hostname, { sidebar });
  }
}

function envelope(records: CorpusRecords, revision: string | null): Corpus {
  return { format: CORPUS_FORMAT, version: CORPUS_VERSION, ...(revision !== null ? { revision } : {}), ...records };
}
