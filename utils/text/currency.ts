/**
 * Which currency a printed amount is in. The corpus counts in US dollars, so what matters is
 * telling a US dollar ("$500bn", "US$12 billion", "$US500 billion", "500 billion US dollars")
 * from every other currency ("A$10 billion", "NZ$", "€500bn", "£80bn", "10 billion euros",
 * "Canadian dollars"): an amount in another currency is money, but never the corpus's figure.
 */

const DOLLAR = 0x24;
const US_CODES = new Set(['US', 'USD']);

/**
 * A currency code printed against the sign at `i`: "US$", "A$", "NZ$", "U.S.$" before it, or
 * "$US", "$A" between it and the digits. Returns where the code begins (before) and how many
 * letters follow the sign (after).
 */
export interface SignCode {
  code: string;
  /** Index of the code's first character when it precedes the sign, else the sign's index. */
  from: number;
  /** Letters between the sign and the amount, to be skipped. */
  after: number;
}

/** Up to three capitals, or "U.S.", right against the sign; then the code after it, before the digits. */
const CODE_BEFORE = /(?:^|[^\p{L}\p{Nd}.])((?:[A-Z]\.){1,3}|[A-Z]{1,3})$/u;
const CODE_AFTER = /^([A-Z]{1,3})\d/;

export function codeAroundSign(text: string, i: number): SignCode | null {
  const before = CODE_BEFORE.exec(text.slice(Math.max(0, i - 7), i));
  if (before) return { code: before[1]!.replace(/\./g, ''), from: i - before[1]!.length, after: 0 };
  const after = CODE_AFTER.exec(text.slice(i + 1, i + 5));
  if (after) return { code: after[1]!, from: i, after: after[1]!.length };
  return null;
}

/** True when the sign at `i` (with its code, if any) stands for another currency than the US dollar. */
export function isForeignSign(text: string, i: number, code: SignCode | null): boolean {
  if (text.charCodeAt(i) !== DOLLAR) return true;
  return code !== null && !US_CODES.has(code.code);
}

/** Words after an amount that name another currency ("10 billion euros"). */
export const FOREIGN_CURRENCY_WORDS = `euro euros eur yen jpy yuan renminbi rmb cny rupee rupees inr franc francs chf
pound pounds sterling gbp won krw rand zar ruble rubles rouble roubles peso pesos krona kronor krone kroner
riyal riyals dirham dirhams lira dinar dinars shekel shekels baht ringgit`.split(/\s+/);

/** Words before "dollars" that make them another country's ("Australian dollars", "Hong Kong dollars"). */
export const DOLLAR_NATIONS = `australian canadian singapore singaporean kong zealand taiwan taiwanese mexican
jamaican namibian zimbabwean aud cad nzd hkd sgd`.split(/\s+/);
