/** Sources named in the reader's language: the words of a name, and its date by the platform. */
import { ENGLISH_SOURCE_NAMING, shortDateFormatter, type SourceNaming } from '../utils/report/page-report';
import type { Translator } from '../utils/i18n/translator';

const namings = new WeakMap<Translator, SourceNaming>();

export function sourceNaming(tr: Translator): SourceNaming {
  // English is named exactly as the background names it (its summaries, exports and tests).
  if (tr.locale === 'en') return ENGLISH_SOURCE_NAMING;
  let naming = namings.get(tr);
  if (!naming) {
    naming = {
      date: shortDateFormatter(tr.locale),
      undated: tr.t('source_undated'),
      quoted: (text, when) => tr.t('source_quoted', [text, when]),
      withDate: (name, when) => tr.t('source_with_date', [name, when]),
      untitled: (when) => tr.t('source_untitled', [when]),
    };
    namings.set(tr, naming);
  }
  return naming;
}
