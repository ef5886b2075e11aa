import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES } from '../../../utils/i18n/english';
import { placeholderOrder } from '../../../utils/i18n/placeholder-order-source';

describe('what is made from the English messages', () => {
  it('is up to date (run `npm run i18n:sync` after editing public/_locales/en/messages.json)', () => {
    const written = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../utils/i18n/placeholder-order.json'), 'utf8'));
    expect(written).toEqual(placeholderOrder(ENGLISH_MESSAGES));
  });
});
