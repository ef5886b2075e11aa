/**
 * `npm run i18n:sync`: after editing the English messages (public/_locales/en/messages.json),
 * writes utils/i18n/placeholder-order.json, each message's named placeholders by position. The
 * interface fills a message's parts by name from it, without shipping the English file (and its
 * translators' descriptions) in every script. tests/unit/i18n/sync.test.ts fails while it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { placeholderOrder } from '../../utils/i18n/placeholder-order-source';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
writeFileSync('utils/i18n/placeholder-order.json', `${JSON.stringify(placeholderOrder(english))}\n`);
console.log(`wrote utils/i18n/placeholder-order.json (${Object.keys(english).length} messages)`);
