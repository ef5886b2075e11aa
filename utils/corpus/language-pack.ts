/**
 * What the engine knows of one language, as data: how to tell the language from others, the
 * story's names in its scripts and spellings, how it prints figures, how it quotes, and the words
 * that carry each idea of a corpus utterance. Adding a language is adding one file under
 * utils/lang/packs/ that this schema accepts; no code changes.
 */
import * as v from 'valibot';

const word = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const words = (max = 400) => v.pipe(v.array(word), v.maxLength(max));
const key = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'a key is lower-case letters, digits and -'));

/** The cues of the story profile, in the English pack with their meaning, in the others by id. */
export const CUE_GROUPS = ['anchor', 'partner', 'person', 'topic', 'negative'] as const;
/** What a cue tells apart once a page names the venture or its principals: see `relates`. */
export const RELATES = ['dispute', 'venture', 'principals'] as const;

export const CueDefinitionSchema = v.object({
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  group: v.picklist(CUE_GROUPS),
  weight: v.number(),
  /** A name that is also an everyday word ("Oracle", "Musk") counts only capitalised, where the script has case. */
  capitalised: v.optional(v.boolean(), false),
  /** Places a page in artificial intelligence. */
  ai: v.optional(v.boolean(), false),
  /** Musk or Altman named in full. */
  fullName: v.optional(v.boolean(), false),
  /** One of the two men of the dispute: what either of them is quoted saying is the dispute's own evidence. */
  principal: v.optional(v.boolean(), false),
  /**
   * The cue speaks of a grade of relevance, whatever its weight in the story's score: "dispute",
   * words of the dispute itself (its money doubts); "venture", the venture's other news (its
   * sites abroad, their power); "principals", the two men's other fights (the lawsuit, the bid).
   */
  relates: v.optional(v.picklist(RELATES)),
});

export const QUALIFIERS = ['exact', 'about', 'up to', 'at least', 'over', 'under', 'well under', 'less than', 'way less than', 'more than'] as const;
export const FIGURE_UNITS = ['jobs', 'years', 'people', 'companies', 'data centers'] as const;

export const QualifierWordsSchema = v.object({
  words: word,
  means: v.picklist(QUALIFIERS),
  /** Before the number ("bis zu 500"), or after it ("100億ドル未満"). */
  position: v.picklist(['before', 'after']),
});

export const LanguagePackSchema = v.object({
  /** BCP 47: "de", "zh-Hans". */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/)),
  englishName: word,
  /** The language's own name for itself. */
  name: word,
  script: v.picklist(['Latn', 'Cyrl', 'Arab', 'Deva', 'Jpan', 'Kore', 'Hans', 'Hant']),
  direction: v.picklist(['ltr', 'rtl']),
  /** Words stand between spaces (false for Japanese and Chinese, read as runs of characters). */
  spaced: v.boolean(),
  /** Letters a name may take after its spelling ("Musks", "Altmana", "Маском", "머스크는"). */
  inflection: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  /** Clitics a word may carry before it (Arabic و ب ل ال). */
  prefixes: v.optional(words(40), []),
  /** Frequent function words (or characters) that tell this language from the others in running text. */
  markers: v.pipe(words(200), v.minLength(10)),
  /** Cue id → its meaning; only the English pack defines cues, the others spell them. */
  cueDefinitions: v.optional(v.record(key, CueDefinitionSchema)),
  /**
   * English pack only: corpus figures that measure a principal's claim in the dispute ("well under
   * $10B secured"): a page that gives one speaks of the dispute itself, not only of the venture.
   */
  disputeFigures: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._:-]*$/))), []),
  /** Cue id → spellings in this language ("stargate": ["Stargate", "スターゲート"]). */
  cues: v.record(key, words(60)),
  numbers: v.object({
    decimal: v.pipe(v.string(), v.length(1)),
    group: v.pipe(v.array(v.pipe(v.string(), v.length(1))), v.maxLength(6)),
  }),
  /** Spelled numbers that may stand for digits ("vier" → 4, "quatro" → 4). */
  numberWords: v.optional(v.record(word, v.number()), {}),
  /** Vague amounts, read as "at least" the value: "cientos de miles" → 200000, "数十万" → 200000. */
  approximateNumbers: v.optional(v.record(word, v.number()), {}),
  /** Shares printed as words: "Zehntel" → 0.1, "十分之一" → 0.1, "onda bir" → 0.1. */
  fractions: v.optional(v.record(word, v.number()), {}),
  /** Scale words and abbreviations: "Milliarden" → 1e9, "億" → 1e8. */
  scales: v.record(word, v.number()),
  currency: v.object({
    /** Words and signs for the US dollar: "US-Dollar", "dólares", "ドル", "美元", "US$". */
    usd: words(60),
    /** Other currencies: an amount in them is never the corpus's dollars ("Euro", "円", "원"). */
    other: words(120),
  }),
  /** What a count counts: "Arbeitsplätze" → jobs, "年" → years. */
  units: v.record(v.picklist(FIGURE_UNITS), words(60)),
  /** Bounds: "deutlich weniger als" → well under (before), "未満" → under (after). */
  qualifiers: v.pipe(v.array(QualifierWordsSchema), v.maxLength(200)),
  /** Pairs of opening and closing quotation marks this language uses. */
  quoteMarks: v.pipe(v.array(v.tuple([v.pipe(v.string(), v.length(1)), v.pipe(v.string(), v.length(1))])), v.minLength(1), v.maxLength(12)),
  /** Dialogue dashes open a quotation ("— No tienen el dinero —escribió Musk"). */
  dialogueDash: v.optional(v.boolean(), false),
  /** Verbs of saying and posting, as stems ("schrieb", "escribi", "написал"). */
  sayVerbs: words(200),
  /** Idea id (see the corpus's utterance ideas) → words that carry it in this language, as stems. */
  ideas: v.record(key, words(40)),
  /** Corpus figure id → words that say which measure a number is ("Anschubfinanzierung", "初期投資"), as stems. */
  figureCues: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._:-]*$/)), words(40)), {}),
  /** Words after (or before) a number that make it someone's age ("39歳", "39-jährige", "39 лет"), as stems. */
  ageWords: v.optional(v.array(v.object({ words: word, position: v.picklist(['before', 'after']) })), []),
});

export type LanguagePack = v.InferOutput<typeof LanguagePackSchema>;
export type CueDefinition = v.InferOutput<typeof CueDefinitionSchema>;
export type Relates = (typeof RELATES)[number];
