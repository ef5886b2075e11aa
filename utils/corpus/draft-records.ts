/**
 * A confirmed page draft as corpus records, ready for ONE addRecords call: the source, a wording
 * for every kept quotation (of the utterance it belongs to, or of a new utterance made for it) and
 * a figure for every kept figure. Every id is the user's ("user.src.<slug>", …) and new.
 */
import type { Corpus, Figure, Source, Utterance, Wording } from './schema';
import type { MatchClass } from '../match/types';
import type { PartialCorpusRecords } from '../storage/records';
import type { PageDraft, QuotationProposal } from './page-draft';

const MAX_SLUG = 40;

/** "Stargate’s money questioned!" → "stargates-money-questioned": ASCII, cut between words. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the chosen id is then taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** How a kept quotation relates to the utterance's whole words. */
function formOf(q: QuotationProposal): Wording['form'] {
  if (q.utteranceId === null || q.match.kind !== 'existing' || q.match.utteranceId !== q.utteranceId) return 'full';
  const byClass: Record<MatchClass, Wording['form']> = {
    exact: 'full',
    close: 'full',
    fragment: 'fragment',
    split: 'fragment',
    reworded: 'reworded',
    translated: 'translated',
  };
  return byClass[q.match.matchClass];
}

/** A new utterance's words: the quotation without the comma that joined it to its sentence. */
const originalOf = (q: QuotationProposal) => q.text.replace(/\s+/g, ' ').trim().replace(/,$/, '');

/** The label of a new utterance, in few words: “Marta Velasquez: The grid in Texas can…”. */
function labelOf(q: QuotationProposal): string {
  const words = originalOf(q);
  const short = words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words;
  return q.speaker.trim() ? `${q.speaker.trim()}: ${short}` : short;
}

export interface DraftRecords {
  records: PartialCorpusRecords;
  sourceId: string;
  /** Per quotation key: the utterance its wording belongs to, and whether that utterance is new. */
  quotations: Map<string, { utteranceId: string; wordingId: string; isNew: boolean }>;
}

export function draftToRecords(draft: PageDraft, corpus: Corpus, now: string): DraftRecords {
  const taken = new Set<string>();
  for (const list of [corpus.sources, corpus.utterances, corpus.wordings, corpus.figures, corpus.events, corpus.disagreements]) {
    for (const record of list) taken.add(record.id);
  }
  const fields = draft.source;
  const slug = slugify(fields.headline) || slugify(fields.outlet) || slugify(hostOf(fields.url)) || 'page';
  const sourceId = uniqueId(`user.src.${slug}`, taken);
  const source: Source = {
    id: sourceId,
    origin: 'user',
    outlet: orNull(fields.outlet),
    outletEvidence: null,
    headline: orNull(fields.headline),
    author: orNull(fields.author),
    published: orNull(fields.published),
    // The page's metadata timestamp is not a date as printed; the user's date is in `published`.
    publishedText: null,
    url: orNull(fields.url),
    language: (draft.article.language ?? 'en').slice(0, 16),
    notes: fields.remark.trim() ? [fields.remark.trim()] : [],
    seedFile: null,
    text: draft.article.text,
    addedAt: now,
  };

  const utterances: Utterance[] = [];
  const wordings: Wording[] = [];
  const quotations: DraftRecords['quotations'] = new Map();
  for (const q of draft.quotations.filter((x) => x.include)) {
    let utteranceId = q.utteranceId;
    const isNew = utteranceId === null;
    if (utteranceId === null) {
      utteranceId = uniqueId(`user.utt.${slug}.${utterances.length + 1}`, taken);
      const speaker = orNull(q.speaker);
      utterances.push({
        id: utteranceId,
        origin: 'user',
        speaker,
        kind: speaker ? 'statement' : 'term',
        platform: q.handle ? 'X' : null,
        handle: q.handle,
        firstSaid: null,
        firstSaidSourceIds: [],
        original: originalOf(q),
        label: labelOf(q),
        inReplyTo: null,
      });
    }
    const wordingId = uniqueId(`user.wrd.${slug}.${wordings.length + 1}`, taken);
    wordings.push({
      id: wordingId,
      origin: 'user',
      utteranceId,
      sourceId,
      text: q.text,
      form: formOf(q),
      presentation: q.kind === 'embedded-post' ? 'embedded-post' : 'quotation',
      context: q.context,
    });
    quotations.set(q.key, { utteranceId, wordingId, isNew });
  }

  const figures: Figure[] = draft.figures
    .filter((f) => f.include)
    .map((f, i) => ({
      id: uniqueId(`user.fig.${slug}.${i + 1}`, taken),
      origin: 'user',
      measure: f.measure.trim() || `Figure “${f.text}”`,
      unit: f.unit,
      // No cue words: the corpus figure it matches keeps tying pages' figures; this one records a value.
      cues: [],
      statements: [{ sourceId, text: f.text, value: f.value, qualifier: f.qualifier, context: f.context }],
    }));

  return { records: { sources: [source], utterances, wordings, figures }, sourceId, quotations };
}
