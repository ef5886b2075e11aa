/**
 * `npx tsx scripts/lang/check-pack.ts utils/lang/packs/de.json …`: validates language packs
 * against the schema and against the English pack (every cue and idea id it spells must exist).
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { LanguagePackSchema } from '../../utils/corpus/language-pack';

const english = v.parse(LanguagePackSchema, JSON.parse(readFileSync('utils/lang/packs/en.json', 'utf8')));
let failed = false;
for (const file of process.argv.slice(2)) {
  const result = v.safeParse(LanguagePackSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    failed = true;
    console.log(`${file}: ${JSON.stringify(v.flatten(result.issues))}`);
    continue;
  }
  const pack = result.output;
  const unknownCues = Object.keys(pack.cues).filter((id) => !(id in (english.cueDefinitions ?? {})));
  const unknownIdeas = Object.keys(pack.ideas).filter((id) => !(id in english.ideas));
  const missingIdeas = Object.keys(english.ideas).filter((id) => !(id in pack.ideas));
  const missingCues = Object.keys(english.cues).filter((id) => !(id in pack.cues));
  if (unknownCues.length || unknownIdeas.length) failed = true;
  console.log(`${file}: ${pack.language} ok; unknown cues [${unknownCues}] unknown ideas [${unknownIdeas}]; not spelled: cues [${missingCues}] ideas [${missingIdeas}]`);
}
process.exitCode = failed ? 1 : 0;
