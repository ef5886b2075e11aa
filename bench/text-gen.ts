/**
 * Text for the benchmark, all generated here: generic filler paragraphs, story paragraphs we
 * write around quotes planted from the corpus (exact, retyped, close, fragment, split and
 * reworded — with their ranges, so recall can be measured), and synthetic corpus wordings that
 * read like real statements without copying any.
 */
import type { Corpus, Utterance, Wording } from '../utils/corpus/schema';
import { seededRandom, type Rng } from '../tests/support/seeded-random';

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const FILLER_SUBJECTS = ['The city council', 'Local farmers', 'The regional museum', 'A new bakery', 'The school board', 'Commuters', 'The weather service', 'The football club', 'Residents of the valley', 'The harbour authority', 'A group of volunteers', 'The county library'];
const FILLER_VERBS = ['reviewed', 'discussed', 'postponed', 'welcomed', 'criticised', 'celebrated', 'approved', 'questioned', 'announced', 'described'];
const FILLER_OBJECTS = ['plans for a new cycle lane', 'the autumn harvest festival', 'a proposal to repaint the old bridge', 'the results of the spring survey', 'longer opening hours on weekends', 'a fund for repairing the town hall roof', 'the schedule for summer concerts', 'changes to the parking rules near the market', 'a plan to plant two hundred trees', 'the rising price of heating oil'];
const FILLER_TAILS = ['after a long meeting on Monday evening.', 'despite heavy rain across the district.', 'according to a notice posted at the library.', 'and promised an update before the end of the month.', 'while several residents asked for more details.', 'in a short statement to the local paper.', 'following complaints from shop owners.', 'as part of a wider review of public spending.'];

export function fillerParagraph(rng: Rng): string {
  const n = 3 + Math.floor(rng() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${pick(rng, FILLER_SUBJECTS)} ${pick(rng, FILLER_VERBS)} ${pick(rng, FILLER_OBJECTS)} ${pick(rng, FILLER_TAILS)}`);
  return out.join(' ');
}

const LEADS = [
  'The row between Elon Musk and Sam Altman over Stargate, the AI venture of OpenAI, SoftBank and Oracle, went on.',
  'Stargate, backed by OpenAI, SoftBank, Oracle and MGX, drew fresh criticism from Elon Musk.',
  'Sam Altman defended the Stargate project after Elon Musk questioned its funding.',
];
const SPEAKER_NAMES: Record<string, string> = { 'Elon Musk': 'Musk', 'Sam Altman': 'Altman', 'Donald Trump': 'Trump' };

export type PlantKind = 'exact' | 'retyped' | 'close' | 'fragment' | 'split' | 'reworded';
export interface Planted {
  utteranceId: string;
  kind: PlantKind;
  start: number;
  end: number;
}

/** Quotes that can be planted: long enough to be distinctive. */
export interface Plantable {
  utterance: Utterance;
  faithful: Wording[];
  reworded: Wording[];
}

export function plantables(corpus: Corpus): Plantable[] {
  const out: Plantable[] = [];
  for (const u of corpus.utterances) {
    if (u.kind !== 'statement') continue;
    const ws = corpus.wordings.filter((w) => w.utteranceId === u.id);
    const faithful = ws.filter((w) => (w.form === 'full' || w.form === 'fragment') && w.text.split(/\s+/).length >= 8);
    const reworded = ws.filter((w) => (w.form === 'translated' || w.form === 'reworded') && w.text.split(/\s+/).length >= 6);
    if (faithful.length || reworded.length) out.push({ utterance: u, faithful, reworded });
  }
  return out;
}

const trimQuote = (s: string) => s.trim().replace(/^[“"‘']+|[”"’',.]+$/g, '');

/** One story paragraph with one planted quote; returns the paragraph and the quote's ranges. */
export function storyParagraph(rng: Rng, pool: Plantable[], kind: PlantKind): { text: string; ranges: Array<[number, number]>; utteranceId: string } | null {
  // Each kind needs a wording long enough to show it: a word to drop, a middle to split at.
  const minWords = { exact: 0, retyped: 0, close: 9, fragment: 12, split: 10, reworded: 0 }[kind];
  const p = pick(rng, pool);
  const speaker = SPEAKER_NAMES[p.utterance.speaker ?? ''] ?? p.utterance.speaker ?? 'A spokesperson';
  const choices = (kind === 'reworded' ? p.reworded : p.faithful).filter((w) => w.text.split(/\s+/).length >= minWords);
  if (!choices.length) return null;
  let words = trimQuote(pick(rng, choices).text).split(/\s+/);
  if (kind === 'retyped') words = words.map((w) => w.replace(/’/g, "'").replace(/'/g, '’'));
  if (kind === 'close' && words.length > 8) words.splice(1 + Math.floor(rng() * (words.length - 2)), 1);
  if (kind === 'fragment') {
    // A distinctive part: of a few random windows, the one with the most long words.
    const len = 6 + Math.floor(rng() * 4);
    let best = words.slice(0, len);
    for (let t = 0; t < 5; t++) {
      const from = Math.floor(rng() * (words.length - len));
      const window = words.slice(from, from + len);
      const longWords = (ws: string[]) => ws.filter((w) => w.replace(/\W/g, '').length >= 6).length;
      if (longWords(window) > longWords(best)) best = window;
    }
    words = best;
  }
  const lead = pick(rng, LEADS) + ' ';
  if (kind === 'split' && words.length >= 10) {
    const cut = Math.floor(words.length / 2);
    const a = words.slice(0, cut).join(' ').replace(/[.,;:]$/, '');
    const b = words.slice(cut).join(' ');
    const text = `${lead}“${a},” ${speaker} added. “${b}”`;
    const aStart = lead.length + 1;
    const bStart = text.lastIndexOf('“') + 1;
    return { text, ranges: [[aStart, aStart + a.length], [bStart, bStart + b.length]], utteranceId: p.utterance.id };
  }
  const quote = words.join(' ');
  const before = `${lead}${speaker} wrote: “`;
  return { text: `${before}${quote}” The exchange drew wide attention.`, ranges: [[before.length, before.length + quote.length]], utteranceId: p.utterance.id };
}

const KINDS: PlantKind[] = ['exact', 'retyped', 'close', 'fragment', 'split', 'reworded'];

/** A page of about `bytes` characters: filler with a story paragraph every ~4 kB. */
export function buildPage(bytes: number, corpus: Corpus, seed: number): { text: string; planted: Planted[] } {
  const rng = seededRandom(seed);
  const pool = plantables(corpus);
  const parts: string[] = [];
  const planted: Planted[] = [];
  let length = 0;
  let sinceStory = 0;
  let k = 0;
  const add = (s: string) => {
    parts.push(s);
    length += s.length + 1;
  };
  add('Stargate: Musk and Altman clash over the money behind the AI venture');
  while (length < bytes) {
    if (sinceStory > 4000) {
      const kind = KINDS[k++ % KINDS.length]!;
      const para = storyParagraph(rng, pool, kind);
      if (para) {
        for (const [s, e] of para.ranges) planted.push({ utteranceId: para.utteranceId, kind, start: length + s, end: length + e });
        add(para.text);
        sinceStory = 0;
        continue;
      }
    }
    const f = fillerParagraph(rng);
    add(f);
    sinceStory += f.length;
  }
  return { text: parts.join('\n'), planted: mergeSplitPlants(planted) };
}

/** A split quote counts once: its two ranges become one planted range. */
function mergeSplitPlants(planted: Planted[]): Planted[] {
  const out: Planted[] = [];
  for (const p of planted) {
    const prev = out[out.length - 1];
    if (prev && p.kind === 'split' && prev.kind === 'split' && prev.utteranceId === p.utteranceId && p.start - prev.end < 40) prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

const SYN_SPEAKERS = ['a utility executive', 'the governor', 'a chip designer', 'the energy minister', 'an investor', 'a labour leader', 'the mayor', 'a cloud provider'];
const SYN_OPENERS = ['We expect', 'Nobody should doubt', 'I am confident', 'Our partners believe', 'It is clear', 'The board has decided', 'We have always said', 'Frankly, I think', 'Let me be plain:', 'History will show', 'The evidence says', 'Our customers know'];
const SYN_SUBJECTS = ['the new turbines', 'the grid upgrades', 'our second fabrication line', 'the cooling towers', 'a shared fibre network', 'the training cluster', 'the transmission lines', 'our battery storage sites', 'the desalination plant', 'the rail freight link', 'a fleet of electric trucks', 'the solar canopy', 'the research campus', 'our modular reactors', 'the undersea cable', 'the wind farm extension', 'the hydrogen pipeline', 'a regional chip foundry', 'the water recycling scheme', 'the logistics hub', 'our quantum lab', 'the satellite ground stations', 'the heat pump programme', 'the port expansion'];
const SYN_PLACES = ['in the northern valley', 'near the river delta', 'across three states', 'along the coastal highway', 'outside the capital', 'on the old airfield', 'beside the steelworks', 'in the high desert', 'under the mountain pass', 'around the industrial park', 'past the county line', 'at the former mine'];
const SYN_VERBS = ['will be running', 'can carry twice the load', 'should lower costs', 'will need patient capital', 'deserve a fair hearing', 'were approved', 'must not be delayed', 'are nearly finished', 'will pay for themselves', 'have beaten every forecast', 'could double local output', 'will employ hundreds'];
const SYN_ENDS = ['well before the winter.', 'for every household nearby.', 'after years of careful study.', 'despite the noise from critics.', 'once the permits arrive.', 'within eighteen months.', 'if regulators keep their word.', 'without a single subsidy.', 'as long as demand holds.', 'before the next election.'];
const SYN_CODAS = ['', ' That is simply the truth.', ' Anyone who says otherwise is guessing.', ' We will publish the numbers soon.', ' The engineers have done remarkable work.', ' I would bet my reputation on it.'];

/** Adds `count` synthetic statements with one wording each (ids "syn.N"). */
export function withSyntheticWordings(corpus: Corpus, count: number, seed: number): Corpus {
  const rng = seededRandom(seed);
  const utterances = [...corpus.utterances];
  const wordings = [...corpus.wordings];
  const source = corpus.sources[0]?.id ?? 'src.000';
  for (let i = 0; i < count; i++) {
    const text = `${pick(rng, SYN_OPENERS)} ${pick(rng, SYN_SUBJECTS)} ${pick(rng, SYN_PLACES)} ${pick(rng, SYN_VERBS)} ${pick(rng, SYN_ENDS)}${pick(rng, SYN_CODAS)}`;
    const id = `syn.${i}`;
    utterances.push({ id, origin: 'curated', speaker: pick(rng, SYN_SPEAKERS), kind: 'statement', platform: null, handle: null, firstSaid: null, firstSaidSourceIds: [], original: text, label: 'synthetic', inReplyTo: null });
    wordings.push({ id: `w.${id}`, origin: 'curated', utteranceId: id, sourceId: source, text, form: 'full', presentation: 'quotation', context: text });
  }
  return { ...corpus, utterances, wordings };
}
