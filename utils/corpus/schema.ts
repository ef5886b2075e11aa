/**
 * The corpus schema, defined once: the valibot schemas validate every record that enters the
 * store (curated file, user additions, imports) and the TypeScript types are inferred from them.
 */
import * as v from 'valibot';
import { rule } from './problem';

export const CORPUS_FORMAT = 'source-lens-corpus';
export const CORPUS_VERSION = 1;

/** Limits keep a hostile import from filling the store with one giant string. */
export const LIMITS = {
  id: 128,
  short: 300,
  text: 4_000,
  longText: 2_000_000,
  list: 50_000,
} as const;

const text = (max: number = LIMITS.text) => v.pipe(v.string(), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.list) =>
  v.pipe(v.array(item), v.maxLength(max));

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9._:-]*$/, rule('id_format')),
  v.maxLength(LIMITS.id),
);
/** A calendar date as precise as the text allows: 2025, 2025-01 or 2025-01-22. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, rule('date_format')),
);
/** Curated records are refreshed on every update; user records are never touched by it. */
export const OriginSchema = v.picklist(['curated', 'user']);

export const SourceSchema = v.object({
  id: IdSchema,
  origin: OriginSchema,
  /** null when the text itself does not name the outlet. */
  outlet: v.nullable(text(LIMITS.short)),
  /** The words in the text that show the outlet, e.g. "(NationPress)". */
  outletEvidence: v.nullable(text(LIMITS.short)),
  headline: v.nullable(text(LIMITS.short)),
  /** The article's first words, exactly as printed: they name a source that shows neither its outlet nor a headline. */
  opening: v.optional(text(LIMITS.short)),
  author: v.nullable(text(LIMITS.short)),
  /** Publication date as far as the text gives it. */
  published: v.nullable(IsoDateSchema),
  /** The date as printed, e.g. "Published Jan 23, 2025" or "San Francisco, Jan 23". */
  publishedText: v.nullable(text(LIMITS.short)),
  url: v.nullable(text(LIMITS.short)),
  language: text(16),
  /** Our remarks about the source, e.g. "reads as a machine re-translation". */
  notes: list(text(), 100),
  /** The seed file a curated source was built from (for the conformance test). */
  seedFile: v.nullable(text(LIMITS.short)),
  /** The article text of a user-added source (curated sources do not ship others' prose). */
  text: v.optional(text(LIMITS.longText)),
  addedAt: v.optional(text(40)),
});

/**
 * One idea an utterance carries ("money", "under $10B", "great for the country"): what a
 * translation keeps when its words are all different. The words that carry each idea in each
 * language are in the language packs; a figure idea is compared as a number.
 */
export const IdeaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, rule('idea_id_format')), v.maxLength(LIMITS.id)),
  /** In our words, for the card: "under $10B". */
  label: text(LIMITS.short),
  value: v.optional(v.number()),
  unit: v.optional(v.picklist(['USD', 'jobs', 'years', 'people', 'companies', 'data centers', 'fraction', 'count'])),
  /** Alone, in a short quotation the page gives the speaker, it says which utterance is quoted ("Wrong"). */
  signature: v.optional(v.boolean()),
});

export const UtteranceSchema = v.object({
  id: IdSchema,
  origin: OriginSchema,
  /** Who said it: a person or an organisation ("OpenAI"); null for a term nobody said. */
  speaker: v.nullable(text(LIMITS.short)),
  /** statement: said or written by someone; term: a name or title set in quotation marks. */
  kind: v.picklist(['statement', 'term']),
  /** Where it was first said: "X", "White House remarks", "Wall Street Journal interview"… */
  platform: v.nullable(text(LIMITS.short)),
  handle: v.nullable(text(LIMITS.short)),
  /** When it was first said, as precisely as the sources establish it. */
  firstSaid: v.nullable(IsoDateSchema),
  /** The sources that establish firstSaid (e.g. the ones that embed the post with its date). */
  firstSaidSourceIds: list(IdSchema, 100),
  /** The original wording where a source shows the post itself; else the best attested wording. */
  original: text(),
  /** A short label in our words, e.g. "Musk doubts the money". */
  label: text(LIMITS.short),
  /** The utterance this one answers, if any. */
  inReplyTo: v.nullable(IdSchema),
  /** The ideas it carries, for recognising it in translation. */
  ideas: v.optional(list(IdeaSchema, 24)),
});

export const WordingSchema = v.object({
  id: IdSchema,
  origin: OriginSchema,
  utteranceId: IdSchema,
  sourceId: IdSchema,
  /** The source's exact printed text, without the enclosing quotation marks. */
  text: text(),
  /** full: the whole utterance; fragment: part of it; reworded/translated: not its words. */
  form: v.picklist(['full', 'fragment', 'reworded', 'translated']),
  /** How the source presents it. */
  presentation: v.picklist(['quotation', 'embedded-post', 'headline']),
  /** The sentence (or post) around it, exactly as printed. */
  context: text(),
  notes: v.optional(text()),
});

export const QualifierSchema = v.picklist([
  'exact',
  'about',
  'up to',
  'at least',
  'over',
  'under',
  'well under',
  'less than',
  'way less than',
  'more than',
]);

export const FigureStatementSchema = v.object({
  sourceId: IdSchema,
  /** The source's own words for the figure, exactly as printed ("up to $500 billion"). */
  text: text(),
  /** Normalised value in the figure's unit. */
  value: v.number(),
  qualifier: QualifierSchema,
  /** The sentence around it, exactly as printed. */
  context: text(),
});

export const FigureSchema = v.object({
  id: IdSchema,
  origin: OriginSchema,
  /** What is measured, in our words: "Stargate's total planned investment". */
  measure: text(LIMITS.short),
  unit: v.picklist(['USD', 'jobs', 'years', 'people', 'companies', 'data centers', 'fraction', 'count']),
  /** Words that tie a figure in a page to this measure ("initial", "SoftBank", "jobs"). */
  cues: list(text(80), 50),
  statements: list(FigureStatementSchema, 1000),
});

export const EventStatementSchema = v.object({
  sourceId: IdSchema,
  /** The source's words for when it happened ("on Tuesday", "the following day"). */
  text: text(),
  /** The date those words resolve to, null when they do not pin one down. */
  date: v.nullable(IsoDateSchema),
  context: text(),
});

export const EventSchema = v.object({
  id: IdSchema,
  origin: OriginSchema,
  label: text(LIMITS.short),
  /** Best-established date; null when the sources leave it open. */
  date: v.nullable(IsoDateSchema),
  utteranceIds: list(IdSchema, 100),
  statements: list(EventStatementSchema, 1000),
});

export const RecordRefSchema = v.object({
  type: v.picklist(['source', 'utterance', 'wording', 'figure', 'event']),
  id: IdSchema,
});

export const DisagreementSchema = v.object({
  id: IdSchema,
  origin: OriginSchema,
  topic: text(LIMITS.short),
  kind: v.picklist(['wording', 'figure', 'date', 'attribution', 'fact']),
  /** What differs, in our words. */
  summary: text(),
  records: list(RecordRefSchema, 200),
  /** Each side: which sources say what. */
  positions: list(v.object({ sourceIds: list(IdSchema, 100), says: text() }), 50),
});

export const CorpusSchema = v.object({
  format: v.literal(CORPUS_FORMAT),
  version: v.literal(CORPUS_VERSION),
  /** Version of the curated content; a new one refreshes the curated records on update. */
  revision: v.optional(text(40)),
  sources: list(SourceSchema),
  utterances: list(UtteranceSchema),
  wordings: list(WordingSchema),
  figures: list(FigureSchema),
  events: list(EventSchema),
  disagreements: list(DisagreementSchema),
});

export type Origin = v.InferOutput<typeof OriginSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Utterance = v.InferOutput<typeof UtteranceSchema>;
export type Wording = v.InferOutput<typeof WordingSchema>;
export type Qualifier = v.InferOutput<typeof QualifierSchema>;
export type FigureStatement = v.InferOutput<typeof FigureStatementSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type EventStatement = v.InferOutput<typeof EventStatementSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;
export type RecordRef = v.InferOutput<typeof RecordRefSchema>;
export type Disagreement = v.InferOutput<typeof DisagreementSchema>;
export type Corpus = v.InferOutput<typeof CorpusSchema>;

/** The record collections of a corpus, by store name. */
export const COLLECTIONS = ['sources', 'utterances', 'wordings', 'figures', 'events', 'disagreements'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
