/**
 * Every language of the interface is complete: the same keys as English (plural messages in
 * exactly the categories the language's plural rules use), the same placeholders, its own words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../utils/i18n/locales';
import { pluralFamilies, type MessagesFile } from '../../../utils/i18n/messages';
import sameAsEnglish from './same-as-english.json';

const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');
const read = (folder: string): MessagesFile => JSON.parse(readFileSync(resolve(LOCALES_DIR, folder, 'messages.json'), 'utf8'));
const english = read('en');
const englishFamilies = pluralFamilies(english);
const PLURAL_KEY = /__(zero|one|two|few|many|other)$/;
const singleKeys = (m: MessagesFile) => Object.keys(m).filter((k) => !PLURAL_KEY.test(k)).sort();
const placeholderNames = (e: MessagesFile[string]) => Object.keys(e.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
/** What a message says once its placeholders are taken out: nothing to translate if no letter is left. */
const words = (message: string) => message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/\$\$/g, '');
const exempt = sameAsEnglish as Record<string, string[]>;

describe('the interface languages', () => {
  it('has a messages file for every language, and no file for a language it does not list', () => {
    const folders = readdirSync(LOCALES_DIR).sort();
    expect(folders).toEqual(UI_LOCALES.map((l) => l.folder).sort());
  });

  for (const { tag, folder } of UI_LOCALES) {
    describe(tag, () => {
      const file = resolve(LOCALES_DIR, folder, 'messages.json');
      const messages: MessagesFile = existsSync(file) ? read(folder) : {};

      it('names itself and its direction', () => {
        expect(messages.ui_locale?.message).toBe(tag);
        expect(messages.ui_direction?.message).toBe(tag === 'ar' ? 'rtl' : 'ltr');
      });

      it('is a valid messages file for the browsers: keys of letters, digits and _, each with a message', () => {
        for (const [key, entry] of Object.entries(messages)) {
          expect({ key, valid: /^[A-Za-z0-9_@]+$/.test(key) && typeof entry.message === 'string' }).toEqual({ key, valid: true });
        }
      });

      it('has every key of English and no other (plural messages aside)', () => {
        expect(singleKeys(messages)).toEqual(singleKeys(english));
      });

      it('writes each plural message in exactly the categories its plural rules use', () => {
        const categories = [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();
        const families = pluralFamilies(messages);
        expect([...families.keys()].sort()).toEqual([...englishFamilies.keys()].sort());
        for (const [stem, written] of families) expect({ stem, categories: [...written].sort() }).toEqual({ stem, categories });
      });

      it('keeps the placeholders of each English message, and uses only those it defines', () => {
        for (const [key, entry] of Object.entries(messages)) {
          const englishKey = PLURAL_KEY.test(key) ? key.replace(PLURAL_KEY, '__other') : key;
          const source = english[englishKey];
          if (!source) continue;
          expect({ key, placeholders: placeholderNames(entry) }).toEqual({ key, placeholders: placeholderNames(source) });
          const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
          for (const name of used) expect({ key, name, defined: placeholderNames(entry).includes(name) }).toEqual({ key, name, defined: true });
          // A placeholder English fills must be in the translation too, or a figure or a name goes missing.
          const englishUsed = new Set([...source.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
          for (const name of englishUsed) expect({ key, name, used: used.includes(name) }).toEqual({ key, name, used: true });
          expect({ key, strayDollar: /\$(?![A-Za-z0-9_@]+\$|\$|[1-9])/.test(entry.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$/g, '')) }).toEqual({
            key,
            strayDollar: false,
          });
        }
      });

      if (tag !== 'en') {
        it('says everything in its own words, not in English', () => {
          const allowed = new Set([...(exempt['*'] ?? []), ...(exempt[tag] ?? [])]);
          const leftInEnglish = Object.entries(messages)
            .filter(([key, entry]) => {
              // A plural form is compared with English's same form, or with its "other" where English has none.
              const source = english[key] ?? english[key.replace(PLURAL_KEY, '__other')];
              return source && entry.message === source.message && /\p{L}/u.test(words(source.message)) && !allowed.has(key);
            })
            .map(([key]) => key);
          expect(leftInEnglish).toEqual([]);
        });

        it('lists as the same as English only messages that are', () => {
          for (const key of exempt[tag] ?? []) {
            const source = english[key] ?? english[key.replace(PLURAL_KEY, '__other')];
            expect({ key, same: messages[key]?.message === source?.message }).toEqual({ key, same: true });
          }
        });
      }
    });
  }
});
