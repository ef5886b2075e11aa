/**
 * The edits made to a page's draft, kept while the manager is open and across a reload (in the
 * manager page's own session storage), so that looking at another view, or reloading, and coming
 * back to "Add a page" loses nothing. Saving or discarding the page forgets them.
 */
import type { PageDraft } from '../../../utils/corpus/page-draft';

const edits = new Map<string, PageDraft>();
let openDraftId: string | null = null;
const storageKey = (draftId: string) => `source-lens.draft-edits.${draftId}`;

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function looksLikeDraft(value: unknown): value is PageDraft {
  const d = value as PageDraft | null;
  return !!d && typeof d === 'object' && typeof d.article?.url === 'string' && typeof d.source === 'object' && Array.isArray(d.quotations) && Array.isArray(d.figures);
}

export function rememberEdits(draftId: string, draft: PageDraft): void {
  edits.set(draftId, draft);
  openDraftId = draftId;
  try {
    session()?.setItem(storageKey(draftId), JSON.stringify(draft));
  } catch {
    // Session storage full or refused: the edits still live as long as this page does.
  }
}

export function recallEdits(draftId: string): PageDraft | null {
  const kept = edits.get(draftId);
  if (kept) return kept;
  try {
    const stored: unknown = JSON.parse(session()?.getItem(storageKey(draftId)) ?? 'null');
    return looksLikeDraft(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function forgetEdits(draftId: string): void {
  edits.delete(draftId);
  if (openDraftId === draftId) openDraftId = null;
  try {
    session()?.removeItem(storageKey(draftId));
  } catch {
    // Nothing kept there.
  }
}

/** The draft the user was last editing and has neither saved nor discarded, for the "Add" tab. */
export function draftInProgress(): string | null {
  return openDraftId;
}
