/**
 * Every write of the store goes through one readwrite transaction, so a failure part-way (a full
 * disk, a bug) aborts it and IndexedDB rolls back everything the operation had written.
 */
import type { IDBPTransaction } from 'idb';
import { problem, type PathProblem, type Problem, type ProblemCode, type ProblemParams, type StorageAction } from '../corpus/problem';
import type { CorpusDatabase } from './db';

/** Why an operation of the store failed; the message is meant for the user. */
export type StorageFailure = 'quota' | 'invalid' | 'conflict' | 'not-found' | 'curated' | 'failed';

/** A problem at a place in the input: "wordings[3].text", or "" for the whole input. */
export type PathError = PathProblem;

/**
 * What was refused, when a failure's message sums up its `errors` ("The file was not imported:
 * <the first problem> (and 2 more problems)."): the interface words it from this and the errors.
 */
export type Refusal = 'import' | 'save_records' | 'install_curated' | 'annotations' | 'annotations_read';

/** How a failure is worded for the reader, besides its English message. */
export interface FailureWording {
  code?: ProblemCode;
  params?: ProblemParams;
  refusal?: Refusal;
}

/**
 * What every failing store operation throws: `reason` for code, `message` for the user (in
 * English), and `code` with `params`, or `refusal` with `errors`, to word it in any language.
 */
export class StorageError extends Error {
  readonly code?: ProblemCode;
  readonly params?: ProblemParams;
  readonly refusal?: Refusal;

  constructor(
    readonly reason: StorageFailure,
    message: string,
    readonly errors: PathError[] = [],
    wording: FailureWording = {},
  ) {
    super(message);
    this.name = 'StorageError';
    if (wording.code !== undefined) this.code = wording.code;
    if (wording.params !== undefined) this.params = wording.params;
    if (wording.refusal !== undefined) this.refusal = wording.refusal;
  }

  /** A failure worded by one problem. */
  static of(reason: StorageFailure, p: Problem, errors: PathError[] = []): StorageError {
    return new StorageError(reason, p.message, errors, { ...(p.code ? { code: p.code } : {}), ...(p.params ? { params: p.params } : {}) });
  }
}

/** True for the error a browser raises when the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  // Old Firefox reported a full disk as NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Turns whatever IndexedDB threw into a StorageError with a message a user can act on. */
export function toStorageError(error: unknown, action: StorageAction): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return StorageError.of('quota', problem('storage_full', { action }));
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return StorageError.of('failed', problem('storage_failed', { action, detail }));
}

export type WriteTransaction = IDBPTransaction<unknown, string[], 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction over `stores` and waits for the commit. `work` must
 * only await IndexedDB requests of `tx` (any other await lets the transaction commit early).
 * On any failure the transaction is aborted, so nothing of it is kept.
 */
export async function inWriteTransaction<T>(
  db: CorpusDatabase,
  stores: readonly string[],
  action: StorageAction,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction([...stores], 'readwrite');
  // Observed at once so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => undefined,
    (error: unknown) => error ?? tx.error ?? new Error('transaction aborted'),
  );
  try {
    const result = await work(tx);
    const failure = await done;
    if (failure !== undefined) throw failure;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    const abortReason = await done;
    // A request's own error (e.g. QuotaExceededError) is more telling than the AbortError.
    throw toStorageError(isQuotaError(abortReason) ? abortReason : error, action);
  }
}

/**
 * Issues requests in order and waits for them all. When issuing one throws (a browser may throw
 * QuotaExceededError from put() itself), the requests already issued are still observed, since
 * they fail with AbortError once the transaction aborts, before the error propagates.
 */
export async function issueAll(requests: Iterable<() => Promise<unknown>>): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const issue of requests) issued.push(issue());
  } catch (error) {
    for (const request of issued) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(issued);
}
