/** Page text made short enough for a button or a line; dates, numbers and names go through the Translator. */

/** A short excerpt of page text for a note button. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Cut on a code point, never inside a surrogate pair.
  const chars = Array.from(flat.slice(0, max));
  return `${chars.slice(0, -1).join('').trimEnd()}…`;
}
