/**
 * `npx tsx scripts/lang/gate-words.ts`: writes utils/lang/gate-words.json, the few spellings the
 * every-page gate needs from the language packs (the venture, SoftBank, Musk, Altman). The gate
 * runs in every page, so it ships these lists, not the packs; tests/unit/lang/gate-words.test.ts
 * fails when the file is out of date with the packs.
 */
import { writeFileSync } from 'node:fs';
import { gateWordsFromPacks } from '../../utils/lang/gate-source';

writeFileSync('utils/lang/gate-words.json', `${JSON.stringify(gateWordsFromPacks(), null, 1)}\n`);
console.log('wrote utils/lang/gate-words.json');
