// Phone numbers in advice text, found so each can be a tel: link (one tap to call on a phone).

/** A piece of a line: plain text, or a number to call (`tel` is the number without spaces). */
export type LinePart = { text: string; tel?: undefined } | { text: string; tel: string };

/**
 * UK numbers as the advice writes them: 999, 111, 116 123, and 0 followed by 9 or 10 more digits
 * in groups (0808 2000 247, 0808 80 10 800). Not "press 2" or "press 55", which are not numbers
 * to dial.
 */
const NUMBER = /(?<![\d\p{L}])(999|111|116 123|0\d{3}(?: ?\d){6,7})(?![\d\p{L}])/gu;

/** Splits a line into text and the phone numbers in it. */
export function phoneParts(line: string): LinePart[] {
  const parts: LinePart[] = [];
  let last = 0;
  for (const match of line.matchAll(NUMBER)) {
    const index = match.index;
    if (index > last) parts.push({ text: line.slice(last, index) });
    parts.push({ text: match[0], tel: match[0].replace(/ /gu, '') });
    last = index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}
