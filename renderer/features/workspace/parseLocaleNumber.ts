import type { Language } from '../../../shared/model';

/**
 * Reads a number typed into a term field. The decimal separator of the given language is always
 * understood; the other one is read as a decimal separator too when it appears once (people type
 * `99.95` on a German keyboard's number pad), and as thousands grouping only where grouping makes
 * sense (`1.000.000 €`, `1,500 EUR`) and the caller allows it. Returns `null` for anything that
 * is not a plain number, so "abc" or "9 9" is refused rather than guessed.
 */
export function parseLocaleNumber(
  input: string,
  language: Language,
  options: { grouping: boolean } = { grouping: true },
): number | null {
  const decimal = language === 'de' ? ',' : '.';
  const other = language === 'de' ? '.' : ',';
  let text = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^[\u2212\u2013]/, '-');
  let sign = 1;
  if (text.startsWith('-')) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (text === '') return null;

  const grouped = new RegExp(`^\\d{1,3}(\\${other}\\d{3})+(\\${decimal}\\d+)?$`);
  if (options.grouping && grouped.test(text)) {
    const plain = text.split(other).join('').replace(decimal, '.');
    return sign * Number(plain);
  }
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? sign * value : null;
}

/** The number as the field shows it: the UI language's separator, no grouping, no rounding. */
export function formatFieldNumber(value: number, language: Language): string {
  const text = String(value);
  if (/e/i.test(text)) return text;
  return language === 'de' ? text.replace('.', ',') : text;
}
