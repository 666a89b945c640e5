import type { Language } from '../model/document';
import { formatNumber } from '../format/formatTermValue';

/**
 * Downtime as people think of it: "43.2 min", "8 h 45.6 min", "2 d 4 h". Minutes are rounded to
 * one decimal place, the way SLA tables print allowed downtime.
 */
export function formatMinutes(minutes: number, language: Language): string {
  const rounded = Math.round(minutes * 10) / 10;
  const min = language === 'de' ? 'Min.' : 'min';
  const h = language === 'de' ? 'Std.' : 'h';
  const d = language === 'de' ? 'T.' : 'd';
  if (rounded < 60) return `${formatNumber(rounded, language)}\u00a0${min}`;
  const days = Math.floor(rounded / 1440);
  const hours = Math.floor((rounded - days * 1440) / 60);
  const rest = Math.round((rounded - days * 1440 - hours * 60) * 10) / 10;
  const parts = [
    days > 0 ? `${days}\u00a0${d}` : '',
    hours > 0 ? `${hours}\u00a0${h}` : '',
    rest > 0 ? `${formatNumber(rest, language)}\u00a0${min}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
