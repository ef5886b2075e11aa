/**
 * `npm run lang:sync`: after adding or editing a language pack (utils/lang/packs/<lang>.json),
 * writes what is made from the packs: utils/lang/pack-files.ts, the list of pack files the engine
 * reads, and utils/lang/gate-words.json, the few spellings the every-page gate needs (the venture,
 * SoftBank, Musk, Altman: the gate runs in every page, so it ships these lists, not the packs).
 * tests/unit/lang/packs.test.ts fails while either is out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';
import { LanguagePackSchema } from '../../utils/corpus/language-pack';
import { gateWordsFromPacks } from '../../utils/lang/gate-source';
import { packFilesModule } from '../../utils/lang/pack-files-source';

const DIR = 'utils/lang/packs/';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const packs = files.map((f) => {
  const result = v.safeParse(LanguagePackSchema, JSON.parse(readFileSync(DIR + f, 'utf8')));
  if (!result.success) throw new Error(`${f}: ${JSON.stringify(v.flatten(result.issues))} (npx tsx scripts/lang/check-pack.ts ${DIR}${f})`);
  return result.output;
});
writeFileSync('utils/lang/pack-files.ts', packFilesModule(files));
writeFileSync('utils/lang/gate-words.json', `${JSON.stringify(gateWordsFromPacks(packs), null, 1)}\n`);
console.log(`wrote utils/lang/pack-files.ts (${files.length} packs) and utils/lang/gate-words.json`);
