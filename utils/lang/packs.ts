/**
 * The language packs the engine reads, validated once. English defines the story's cues; every
 * other pack spells them. A pack file that does not fit the schema stops the build's tests
 * (tests/unit/lang/packs.test.ts), never a page.
 */
import * as v from 'valibot';
import { LanguagePackSchema, type LanguagePack } from '../corpus/language-pack';
import { PACK_FILES } from './pack-files';

export { PACK_FILES };

let parsed: LanguagePack[] | null = null;

/** All packs, English first. */
export function languagePacks(): LanguagePack[] {
  parsed ??= Object.values(PACK_FILES)
    .map((raw) => v.parse(LanguagePackSchema, raw))
    .sort((a, b) => (a.language === 'en' ? -1 : b.language === 'en' ? 1 : a.language.localeCompare(b.language)));
  return parsed;
}

export function englishPack(): LanguagePack {
  return languagePacks()[0]!;
}
