/**
 * Messages in the browsers' `_locales/<folder>/messages.json` format, and the lookup that reads
 * them the way `browser.i18n.getMessage` does. The browser's own lookup serves the browser's
 * language; this one serves a language the reader chose in the manager, and the tests.
 */

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

/** A key of the English messages: a type only, so no script ships the English file with its descriptions. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
/** Keys written once per plural category (`notes__one`, `notes__other`…), named by their stem. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Stem}__other` ? Stem : never) : never;


/** `getMessage`: placeholders ($NAME$, case-insensitive) give their content, then $1…$9 the substitutions. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

export function lookupIn(messages: MessagesFile): MessageLookup {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
    // One pass, so a substitution that itself contains "$1" or "$$" stays as it is.
    return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
  };
}

/** The stems of a file's plural keys, with the categories each is written in. */
export function pluralFamilies(messages: MessagesFile): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const key of Object.keys(messages)) {
    const m = /^(.+)__(zero|one|two|few|many|other)$/.exec(key);
    if (!m) continue;
    const set = families.get(m[1]!) ?? new Set<string>();
    set.add(m[2]!);
    families.set(m[1]!, set);
  }
  return families;
}
