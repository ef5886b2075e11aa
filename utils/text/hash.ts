/**
 * 32-bit hashing for words and word n-grams, and an open-addressing int → int table.
 * Words hash polynomially so that the hash of a joined word ("soft"+"bank") follows from the
 * hashes of its parts without re-reading characters.
 */

export const WORD_BASE = 0x01000193;
const POW: Int32Array = (() => {
  const p = new Int32Array(64);
  p[0] = 1;
  for (let i = 1; i < 64; i++) p[i] = Math.imul(p[i - 1]!, WORD_BASE);
  return p;
})();

export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, WORD_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** The hash of word a followed by word b (b being `lenB` folded characters long). */
export function hashConcat(a: number, b: number, lenB: number): number {
  let p: number;
  if (lenB < 64) p = POW[lenB]!;
  else {
    p = 1;
    for (let i = 0; i < lenB; i++) p = Math.imul(p, WORD_BASE);
  }
  return (Math.imul(a, p) + b) | 0;
}

/** Murmur3's finaliser: spreads the bits of a polynomial hash before it indexes a table. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Order-sensitive key of three consecutive word hashes (one shingle). */
export function shingleKey(a: number, b: number, c: number): number {
  return mix32((Math.imul((Math.imul(a, 0x9e3779b1) + b) | 0, 0x9e3779b1) + c) | 0);
}

/**
 * Open-addressing table from int keys to int values (linear probing, power-of-two capacity).
 * Keys are stored +1-shifted so that 0 can mark an empty slot.
 */
export class IntTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const keys = this.keys;
    const used = this.used;
    const mask = this.mask;
    let i = mix32(key) & mask;
    while (used[i] !== 0) {
      if (keys[i] === key) return this.vals[i]!;
      i = (i + 1) & mask;
    }
    return -1;
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = mix32(key) & this.mask;
    while (this.used[i] !== 0) {
      if (this.keys[i] === key) {
        this.vals[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.keys[i] = key;
    this.vals[i] = value;
    this.size++;
  }

  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i <= this.mask; i++) if (this.used[i]) fn(this.keys[i]!, this.vals[i]!);
  }

  private grow(): void {
    const { keys, vals, used } = this;
    const cap = (this.mask + 1) * 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.set(keys[i]!, vals[i]!);
  }
}

/** A 64k-bit filter on the low bits of a hash: a cheap "certainly not in the set" test. */
export class HashFilter {
  readonly bits = new Uint8Array(65536);
  add(h: number): void {
    this.bits[h & 0xffff] = 1;
  }
  mayHave(h: number): boolean {
    return this.bits[h & 0xffff] === 1;
  }
}
