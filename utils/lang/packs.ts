/**
 * The language packs the engine reads, validated once. English defines the story's cues; every
 * other pack spells them. A pack file that does not fit the schema stops the build's tests
 * (tests/unit/lang/packs.test.ts), never a page.
 */
import * as v from 'valibot';
import { LanguagePackSchema, type LanguagePack } from '../corpus/language-pack';
import ar from './packs/ar.json';
import de from './packs/de.json';
import en from './packs/en.json';
import es from './packs/es.json';
import fr from './packs/fr.json';
import hi from './packs/hi.json';
import it from './packs/it.json';
import ja from './packs/ja.json';
import ko from './packs/ko.json';
import nl from './packs/nl.json';
import pl from './packs/pl.json';
import pt from './packs/pt.json';
import ru from './packs/ru.json';
import tr from './packs/tr.json';
import uk from './packs/uk.json';
import zhHans from './packs/zh-Hans.json';
import zhHant from './packs/zh-Hant.json';

/** Every pack file under packs/, by file name: a test checks that none is left out. */
export const PACK_FILES: Record<string, unknown> = {
  'ar.json': ar, 'de.json': de, 'en.json': en, 'es.json': es, 'fr.json': fr, 'hi.json': hi, 'it.json': it,
  'ja.json': ja, 'ko.json': ko, 'nl.json': nl, 'pl.json': pl, 'pt.json': pt, 'ru.json': ru, 'tr.json': tr,
  'uk.json': uk, 'zh-Hans.json': zhHans, 'zh-Hant.json': zhHant,
};

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
