import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { IdSchema, IsoDateSchema } from '../../utils/corpus/schema';

describe('corpus schema', () => {
  it('accepts ids and partial dates the curated corpus uses', () => {
    expect(v.is(IdSchema, 'u.musk.money')).toBe(true);
    expect(v.is(IsoDateSchema, '2025-01-22')).toBe(true);
    expect(v.is(IsoDateSchema, '2024-03')).toBe(true);
  });
  it('rejects ids with upper case or spaces and impossible dates', () => {
    expect(v.is(IdSchema, 'Bad Id')).toBe(false);
    expect(v.is(IsoDateSchema, '2025-13-01')).toBe(false);
  });
});
