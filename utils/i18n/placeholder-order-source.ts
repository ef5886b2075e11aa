/** What `npm run i18n:sync` writes, from the English messages: each key's named placeholders by position. */
import type { MessagesFile } from './messages';

export function placeholderOrder(messages: MessagesFile): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const [key, entry] of Object.entries(messages)) {
    if (!entry.placeholders) continue;
    const names: string[] = [];
    for (const [name, p] of Object.entries(entry.placeholders)) names[Number(p.content.slice(1)) - 1] = name.toLowerCase();
    order[key] = Array.from(names, (n) => n ?? '');
  }
  return order;
}
