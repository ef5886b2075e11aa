import { describe, expect, it } from 'vitest';
import { matchUiLocale } from '../../../utils/i18n/locales';
import { lookupIn, type MessagesFile } from '../../../utils/i18n/messages';
import { createTranslator } from '../../../utils/i18n/translator';
import { ENGLISH, ENGLISH_MESSAGES } from '../../../utils/i18n/english';

const ph = (...names: string[]) => Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }]));

const russian: MessagesFile = {
  ui_direction: { message: 'ltr' },
  popup_quote_count__one: { message: '$COUNT$ цитата', placeholders: ph('count') },
  popup_quote_count__few: { message: '$COUNT$ цитаты', placeholders: ph('count') },
  popup_quote_count__many: { message: '$COUNT$ цитат', placeholders: ph('count') },
  popup_quote_count__other: { message: '$COUNT$ цитаты', placeholders: ph('count') },
  popup_on_site: { message: 'На $Site$', placeholders: ph('site') },
};

describe('a message in the reader’s language', () => {
  it('fills named placeholders in any case, and keeps a dollar sign written $$', () => {
    const lookup = lookupIn({
      a: { message: 'Total: $$$AMOUNT$ by $who$', placeholders: { amount: { content: '$1' }, WHO: { content: '$2' } } },
    });
    expect(lookup('a', ['500', 'SoftBank'])).toBe('Total: $500 by SoftBank');
  });

  it('leaves a substitution as it is, even one that looks like a placeholder', () => {
    expect(lookupIn({ a: { message: 'On $SITE$', placeholders: ph('site') } })('a', ['$1 $$'])).toBe('On $1 $$');
  });

  it('chooses the plural form by the language’s own rules', () => {
    const tr = createTranslator('ru', lookupIn(russian));
    expect([1, 3, 5, 21, 1.5].map((n) => tr.count('popup_quote_count', n))).toEqual(['1 цитата', '3 цитаты', '5 цитат', '21 цитата', '1,5 цитаты']);
    expect(tr.t('popup_on_site', ['news.example'])).toBe('На news.example');
  });

  it('answers a key the language lacks from its fallback (the browser’s English), else shows the key', () => {
    expect(createTranslator('ru', lookupIn(russian), lookupIn(ENGLISH_MESSAGES)).t('popup_open_sidebar')).toBe('Open the sidebar');
    expect(createTranslator('ru', lookupIn(russian)).t('popup_open_sidebar')).toBe('popup_open_sidebar');
  });

  it('formats numbers, lists, dates and figures with the platform, in the language', () => {
    const de = createTranslator('de', lookupIn({ ui_direction: { message: 'ltr' } }));
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(de.list(['SoftBank', 'Oracle', 'MGX'])).toBe('SoftBank, Oracle und MGX');
    expect(de.date('2025-01-22')).toBe('Mittwoch, 22. Januar 2025');
    expect(de.date('2025-01')).toBe('Januar 2025');
    expect(de.figure(5e11, 'USD')).toBe('500 Milliarden US-Dollar');
    const ja = createTranslator('ja', lookupIn({}));
    expect(ja.figure(5e11, 'USD')).toBe('5000億米ドル');
    expect(ja.date('2025-01-21')).toBe('2025年1月21日火曜日');
    expect(ENGLISH.figure(0.1, 'fraction')).toBe('10%');
    expect(ENGLISH.figure(100_000, 'jobs')).toBe('100,000 jobs');
    expect(ENGLISH.date(null)).toBe('date unknown');
  });

  it('lays Arabic out right to left', () => {
    expect(createTranslator('ar', lookupIn({ ui_direction: { message: 'rtl' } })).dir).toBe('rtl');
    expect(ENGLISH.dir).toBe('ltr');
  });
});

describe('the interface language for a browser’s language', () => {
  it('maps regional and script variants to the languages it speaks, else English', () => {
    expect(['ja-JP', 'de', 'pt_BR', 'pt-PT', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-Hant', 'zh', 'ar-EG', 'sv-SE', '', 'not a tag!'].map(matchUiLocale)).toEqual([
      'ja', 'de', 'pt', 'pt', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hans', 'ar', 'en', 'en', 'en',
    ]);
  });
});
