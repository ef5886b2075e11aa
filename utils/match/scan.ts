/**
 * The page scan: one pass over the page's tokens, one table lookup per 3-gram, and the hits
 * ("seeds") grouped by wording and diagonal (page position − wording position) into candidate
 * regions. Only those regions are aligned word by word afterwards.
 */
import { shingleKey } from '../text/hash';
import { F_STOP, type TokenStream } from '../text/tokenize';
import type { QuoteIndex } from './quote-index';

/** Seeds further apart than this (in page tokens) start a new region. */
const MAX_SEED_GAP = 12;
/** A region tolerates this much drift of its diagonal (insertions and deletions). */
const MAX_DRIFT = 12;

export interface CandidateRegion {
  target: number;
  /** Page token range the wording can occupy, with slack: [from, to). */
  from: number;
  to: number;
  seeds: number;
  /** Page tokens the seeds themselves cover: [seedFrom, seedTo). */
  seedFrom: number;
  seedTo: number;
}

const POS_BITS = 2 ** 11;
const PAGE_BITS = 2 ** 22;

/** Seeds packed as one float per hit so that a numeric sort groups them. */
function collectSeeds(ts: TokenStream, index: QuoteIndex): Float64Array {
  const H = ts.hash;
  const F = ts.flags;
  const n = ts.count;
  const { shingles, postStart, postTarget, postPos } = index;
  let seeds = new Float64Array(256);
  let count = 0;
  let a = n > 0 ? H[0]! : 0;
  let b = n > 1 ? H[1]! : 0;
  for (let i = 0; i + 2 < n; i++) {
    const c = H[i + 2]!;
    if ((F[i]! & F[i + 1]! & F[i + 2]! & F_STOP) === 0) {
      const slot = shingles.get(shingleKey(a, b, c));
      if (slot >= 0) {
        const end = postStart[slot + 1]!;
        for (let q = postStart[slot]!; q < end; q++) {
          if (count === seeds.length) {
            const bigger = new Float64Array(count * 2);
            bigger.set(seeds);
            seeds = bigger;
          }
          const pos = Math.min(postPos[q]!, POS_BITS - 1);
          seeds[count++] = (postTarget[q]! * PAGE_BITS + Math.min(i, PAGE_BITS - 1)) * POS_BITS + pos;
        }
      }
    }
    a = b;
    b = c;
  }
  return seeds.subarray(0, count).sort();
}

interface OpenRegion {
  target: number;
  minI: number;
  maxI: number;
  minPos: number;
  maxPos: number;
  diag: number;
  seeds: number;
}

export function findCandidateRegions(ts: TokenStream, index: QuoteIndex): CandidateRegion[] {
  const seeds = collectSeeds(ts, index);
  const regions: CandidateRegion[] = [];
  // A wording that repeats a phrase seeds several diagonals at once: keep each open.
  let open: OpenRegion[] = [];
  const close = (r: OpenRegion) => {
    const len = index.targets[r.target]!.tokens.count;
    const from = Math.max(0, r.minI - r.minPos - 4);
    const to = Math.min(ts.count, r.maxI + (len - r.maxPos) + 4);
    regions.push({ target: r.target, from, to, seeds: r.seeds, seedFrom: r.minI, seedTo: r.maxI + 3 });
  };
  for (let s = 0; s < seeds.length; s++) {
    const v = seeds[s]!;
    const pos = v % POS_BITS;
    const rest = (v - pos) / POS_BITS;
    const i = rest % PAGE_BITS;
    const target = (rest - i) / PAGE_BITS;
    const diag = i - pos;
    let joined: OpenRegion | null = null;
    const still: OpenRegion[] = [];
    for (const r of open) {
      if (r.target !== target || i - r.maxI > MAX_SEED_GAP) {
        close(r);
        continue;
      }
      still.push(r);
      if (!joined && Math.abs(diag - r.diag) <= MAX_DRIFT) joined = r;
    }
    open = still;
    if (joined) {
      joined.maxI = Math.max(joined.maxI, i);
      joined.minPos = Math.min(joined.minPos, pos);
      joined.maxPos = Math.max(joined.maxPos, pos);
      joined.seeds++;
    } else open.push({ target, minI: i, maxI: i, minPos: pos, maxPos: pos, diag, seeds: 1 });
  }
  for (const r of open) close(r);
  return regions;
}
