import type { AvailabilityLink } from './compositeAvailability';

/**
 * A supplier chain written as text, the way the calculators panel and `sla-workbench calc composite`
 * take it: links in series separated by spaces or semicolons, a redundant group joined by `/`,
 * decimals with `.` or `,` — "99.95 99.9/99.5" or "99,95; 99,9/99,5".
 */
export function parseChainText(
  text: string,
): AvailabilityLink[] | { error: 'empty' | 'not-a-number'; part: string } {
  const links = text
    .trim()
    .split(/[\s;]+/)
    .filter(Boolean);
  if (links.length === 0) return { error: 'empty', part: '' };
  const out: AvailabilityLink[] = [];
  for (const link of links) {
    const members: number[] = [];
    for (const part of link.split('/')) {
      if (!/^\d{1,3}(?:[.,]\d{1,6})?%?$/.test(part))
        return { error: 'not-a-number', part: part.slice(0, 20) };
      const value = Number(part.replace('%', '').replace(',', '.'));
      if (value > 100) return { error: 'not-a-number', part: part.slice(0, 20) };
      members.push(value);
    }
    out.push(members);
  }
  return out;
}
