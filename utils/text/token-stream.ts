/**
 * The token stream: parallel typed arrays of token hashes, offsets and flags, grown by doubling,
 * and the bit flags that describe each token and the gap before it.
 */

/** What lies between a token and the one before it. */
export const G_SPACE = 1;
export const G_BLOCK = 2; // a line break: paragraphs and blocks of the page
export const G_SENTENCE = 4;
export const G_PUNCT = 8;
export const G_HYPHEN = 16; // a bare hyphen between two word characters
export const G_QOPEN = 32; // an opening double quotation mark
export const G_QCLOSE = 64;
export const G_SQUOTE = 128;

/** What a token is. */
export const F_NUM = 1;
export const F_MONEY = 2;
export const F_CAP = 4;
export const F_STOP = 8;
export const F_SUBST = 16; // an emoji or a bracketed stand-in for one
export const F_PERCENT = 32;
export const F_COMMON = 64;
export const F_ALNUM = 128; // digits and letters together ("1st", "5g"): a word, not a number
/** Money in a currency other than the US dollar ("€500bn", "A$10 billion"): not comparable with dollars. */
export const F_FOREIGN = 256;

export interface TokenStream {
  text: string;
  count: number;
  hash: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Folded length of the token, for joining compounds by hash. */
  len: Uint16Array;
  flags: Uint16Array;
  gap: Uint8Array;
  /** Numeric value of number tokens, by token index. */
  values: Map<number, number>;
  /** What follows the last token. */
  trailingGap: number;
}

export function allocate(text: string, capacity: number): TokenStream {
  return {
    text,
    count: 0,
    hash: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    len: new Uint16Array(capacity),
    flags: new Uint16Array(capacity),
    gap: new Uint8Array(capacity),
    values: new Map(),
    trailingGap: 0,
  };
}

export function grow(ts: TokenStream): void {
  const cap = ts.hash.length * 2;
  const copy = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(cap);
    b.set(a);
    return b;
  };
  ts.hash = copy(ts.hash, (n) => new Int32Array(n));
  ts.start = copy(ts.start, (n) => new Int32Array(n));
  ts.end = copy(ts.end, (n) => new Int32Array(n));
  ts.len = copy(ts.len, (n) => new Uint16Array(n));
  ts.flags = copy(ts.flags, (n) => new Uint16Array(n));
  ts.gap = copy(ts.gap, (n) => new Uint8Array(n));
}

export function push(ts: TokenStream, h: number, s: number, e: number, len: number, flags: number, gap: number): void {
  if (ts.count === ts.hash.length) grow(ts);
  const k = ts.count++;
  ts.hash[k] = h;
  ts.start[k] = s;
  ts.end[k] = e;
  ts.len[k] = len > 65535 ? 65535 : len;
  ts.flags[k] = flags;
  ts.gap[k] = gap;
}

