/**
 * Deterministic generator of malformed and hostile import files, each derived from one valid
 * file by a mutation that makes it unacceptable: truncation, a wrong type at a random path, a
 * string over every limit, deep nesting, prototype keys, a wrong envelope, duplicate ids,
 * conflicts with the store, dangling pointers, bytes that are not JSON, an oversized file.
 */
import { COLLECTIONS, type CollectionName } from '../../../../utils/corpus/schema';
import { referencesOf, type CorpusRecord } from '../../../../utils/storage/records';

import { seededRandom } from '../../../support/seeded-random';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface HostileFile {
  kind: string;
  text: string;
}

export interface HostileContext {
  /** A file the store accepts. */
  validFile: string;
  /** A user record already in the store, and a curated one, to collide with. */
  userRecord: { collection: CollectionName; record: CorpusRecord };
  curatedRecord: { collection: CollectionName; record: CorpusRecord };
  maxBytes: number;
}

const SENTINEL = 'zz_sentinel_key_zz';
/** Longer than any string field may be (the longest, a source's text, allows 2,000,000). */
const OVER_EVERY_LIMIT = 2_000_001;
/** Longer than any string field of the valid file may be (none is a source's text: 4,000 at most). */
const OVER_FILE_LIMITS = 4_001;

function allPaths(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []): { path: Path; value: Json }[] {
  if (path.length > 0) out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

function setAt(root: Json, path: Path, value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
}

/**
 * A value of another JSON type than `value`'s. Never null, nor text in place of null: the
 * schema's nullable fields all hold text (names, ids, dates).
 */
function otherType(value: Json, random: () => number): Json {
  const candidates: Json[] = [42, -1.5, true, 'text', [], [1, 'two'], { a: 1 }, {}];
  const typeOf = (v: Json) => (Array.isArray(v) ? 'array' : v === null ? 'string' : typeof v);
  const others = candidates.filter((c) => typeOf(c) !== typeOf(value));
  return others[Math.floor(random() * others.length)]!;
}

export function* hostileFiles(context: HostileContext, count: number, seed: number): Generator<HostileFile> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const base = () => JSON.parse(context.validFile) as { [key: string]: Json };
  const paths = allPaths(base());
  const stringPaths = paths.filter((p) => typeof p.value === 'string');
  const objectPaths = [{ path: [] as Path, value: base() as Json }, ...paths.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value))];
  const lastBrace = context.validFile.lastIndexOf('}');

  const makers: Record<string, () => string> = {
    truncated: () => context.validFile.slice(0, Math.floor(random() * lastBrace)),
    'wrong type': () => {
      const file = base();
      const { path, value } = pick(paths);
      setAt(file, path, otherType(value, random));
      return JSON.stringify(file, null, random() < 0.5 ? 2 : undefined);
    },
    'huge string': () => {
      const file = base();
      // A few truly huge ones; the rest just over the limits, to keep the run short.
      const length = random() < 0.1 ? OVER_EVERY_LIMIT : OVER_FILE_LIMITS + Math.floor(random() * 50_000);
      setAt(file, pick(stringPaths).path, pick(['x', '€', '\u{1F1FA}']).repeat(length));
      return JSON.stringify(file);
    },
    'deep nesting': () => {
      const file = base();
      setAt(file, pick(paths).path, SENTINEL);
      const depth = 500 + Math.floor(random() * (random() < 0.03 ? 100_000 : 5_000));
      const [open, close] = random() < 0.5 ? ['[', ']'] : ['{"a":', '}'];
      return JSON.stringify(file).replace(`"${SENTINEL}"`, `${open.repeat(depth)}1${close.repeat(depth)}`);
    },
    'prototype key': () => {
      const file = base();
      const target = pick(objectPaths).path;
      const holder = (target.length === 0 ? file : target.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, file)) as Record<string, Json>;
      holder[SENTINEL] = pick<Json>([{ origin: 'curated' }, { polluted: true }, 'x', null]);
      const key = pick(['__proto__', 'constructor', 'prototype', '\\u005f_proto__']);
      return JSON.stringify(file).replace(`"${SENTINEL}"`, `"${key}"`);
    },
    envelope: () => {
      const file = base() as Record<string, Json>;
      const change = pick([
        () => delete file.format,
        () => (file.format = pick<Json>(['source-lens', 'Source-Lens-Corpus', 1, null, ''])),
        () => delete file.version,
        () => (file.version = pick<Json>([0, 2, 99, '1', 1.5, -1, null])),
      ]);
      change();
      if (random() < 0.15) return JSON.stringify(pick<Json>([[file], 'source-lens-corpus', 1, null, true]));
      return JSON.stringify(file);
    },
    'duplicate id': () => {
      const file = base() as Record<string, Json[]>;
      const collection = pick(COLLECTIONS.filter((c) => (file[c] ?? []).length > 0));
      const list = file[collection]!;
      list.push(structuredClone(pick(list)));
      return JSON.stringify(file);
    },
    'store conflict': () => {
      const file = base() as Record<string, Json[]>;
      const { collection, record } = random() < 0.5 ? context.userRecord : context.curatedRecord;
      const changed = structuredClone(record) as unknown as Record<string, Json>;
      const field = pick(Object.keys(changed).filter((k) => typeof changed[k] === 'string' && k !== 'id' && k !== 'origin' && k !== 'language'));
      changed[field] = `${String(changed[field])} (changed ${Math.floor(random() * 1000)})`;
      file[collection]!.splice(Math.floor(random() * (file[collection]!.length + 1)), 0, changed);
      return JSON.stringify(file);
    },
    'dangling pointer': () => {
      const file = base() as Record<string, CorpusRecord[]>;
      const refs = COLLECTIONS.flatMap((c) => file[c]!.flatMap((r, i) => referencesOf(c, r).map((ref) => ({ c, i, ref }))));
      const { c, i, ref } = pick(refs);
      const path: Path = [c, i, ...ref.path.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k))];
      setAt(file as unknown as Json, path, `missing.${Math.floor(random() * 1e6)}`);
      return JSON.stringify(file);
    },
    'not json': () => {
      const length = 1 + Math.floor(random() * 2000);
      let bytes = '';
      for (let i = 0; i < length; i++) bytes += String.fromCharCode(Math.floor(random() * 256));
      return pick([bytes, `\uFEFF${bytes}`, context.validFile.slice(0, lastBrace) + bytes, `\uD800${bytes}`]);
    },
  };
  const kinds = Object.keys(makers);
  for (let n = 0; n < count; n++) {
    // Every kind in turn, so each one gets its share whatever the count.
    const kind = kinds[n % kinds.length]!;
    yield { kind, text: makers[kind]!() };
  }
  for (const extra of [1, 1024 * 1024]) {
    yield { kind: 'oversized', text: `{"format":"source-lens-corpus","version":1,"sources":["${'x'.repeat(context.maxBytes + extra)}"]}` };
  }
}
