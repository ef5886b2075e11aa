/**
 * Adding a language is adding a data file: every file under utils/lang/packs/ is read, fits the
 * schema, spells the English pack's cues and ideas (and only those), and the every-page gate's
 * word lists are made from the packs as they are now.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LanguagePackSchema } from '../../../utils/corpus/language-pack';
import { englishPack, languagePacks, PACK_FILES } from '../../../utils/lang/packs';
import { gateWordsFromPacks } from '../../../utils/lang/gate-source';
import { packFilesModule } from '../../../utils/lang/pack-files-source';
import { mightBeAboutStory } from '../../../utils/match/prefilter';
import { GERMAN_STORY, JAPANESE_MASKS, JAPANESE_STORY } from '../../fixtures/i18n-articles';

const DIR = 'utils/lang/packs/';
const REQUIRED = ['de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'uk', 'ru', 'tr', 'ar', 'hi', 'ja', 'ko', 'zh-Hans', 'zh-Hant'];

describe('language packs', () => {
  it('reads every pack file in the folder (run `npm run lang:sync` after adding one)', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(Object.keys(PACK_FILES).sort()).toEqual(files);
    expect(readFileSync('utils/lang/pack-files.ts', 'utf8')).toBe(packFilesModule(files));
  });

  it('has a pack for every language the story is read in, named by its file', () => {
    expect(languagePacks().map((p) => p.language)).toEqual(expect.arrayContaining(['en', ...REQUIRED]));
    for (const [file, raw] of Object.entries(PACK_FILES)) expect(`${(raw as { language: string }).language}.json`).toBe(file);
  });

  it.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s fits the schema', (file) => {
    const result = v.safeParse(LanguagePackSchema, JSON.parse(readFileSync(DIR + file, 'utf8')));
    expect(result.success ? [] : v.flatten(result.issues)).toEqual([]);
  });

  it('spells only cues and ideas the English pack defines, and every one of them', () => {
    const en = englishPack();
    for (const pack of languagePacks()) {
      expect(Object.keys(pack.cues).sort(), pack.language).toEqual(Object.keys(en.cues).sort());
      expect(Object.keys(pack.ideas).filter((id) => !(id in en.ideas)), pack.language).toEqual([]);
      expect(Object.keys(en.ideas).filter((id) => !(id in pack.ideas)), pack.language).toEqual([]);
    }
  });

  it('gives every idea of the shipped corpus words in every language', () => {
    const corpus = JSON.parse(readFileSync('public/corpus/curated.json', 'utf8')) as { utterances: Array<{ ideas?: Array<{ id: string; value?: number }> }> };
    const ideas = new Set(corpus.utterances.flatMap((u) => (u.ideas ?? []).filter((i) => i.value === undefined).map((i) => i.id)));
    for (const pack of languagePacks()) expect([...ideas].filter((id) => !(pack.ideas[id]?.length)), pack.language).toEqual([]);
  });
});

describe('the every-page gate', () => {
  it('is made from the packs as they are (run `npm run lang:sync` after editing a pack)', () => {
    expect(JSON.parse(readFileSync('utils/lang/gate-words.json', 'utf8'))).toEqual(gateWordsFromPacks(languagePacks()));
  });

  it('lets the story through in other scripts and languages', () => {
    expect(mightBeAboutStory(JAPANESE_STORY)).toBe(true);
    expect(mightBeAboutStory(GERMAN_STORY)).toBe(true);
    expect(mightBeAboutStory('马斯克与奥特曼就“星际之门”互呛')).toBe(true);
    expect(mightBeAboutStory('Маск усомнился, что у Альтмана есть деньги')).toBe(true);
  });

  it('keeps out a page that only shares a word (マスク is also a face mask)', () => {
    expect(mightBeAboutStory(JAPANESE_MASKS)).toBe(false);
  });
});
