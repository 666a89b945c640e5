import type { Language } from '../model/document';
import type { Term, TermKind } from '../model/term';
import {
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTermValue,
} from '../format/formatTermValue';
import type { Band, BandVerdict } from './bandOf';
import { OWNER_ROLE_NAMES } from './ownerRoles';
import type { PlaybookValue } from './playbook';

/** Short names of the bands, for chips and table cells. */
export const BAND_NAMES: Readonly<Record<Language, Readonly<Record<Band, string>>>> = {
  en: { target: 'Target', fallback: 'Fallback', limit: 'Needs approval', beyond: 'Beyond walk-away' },
  de: { target: 'Im Ziel', fallback: 'Rückfall', limit: 'Freigabe nötig', beyond: 'Jenseits der Grenze' },
};

/** A playbook limit written like the term's own values (`99,95 %`, `30 Minuten`, `250.000 €`). */
export function formatPlaybookValue(
  value: PlaybookValue,
  kind: TermKind | undefined,
  language: Language,
): string {
  if (typeof value === 'number')
    return kind === 'percent' ? formatPercent(value, language) : formatNumber(value, language);
  if ('unit' in value) return formatDuration(value.value, value.unit, language);
  return formatMoney(value.amount, value.currency, language);
}

/** Whether `before → after` can leave the unit to `after` ("99.9 → 99.99%", "4 → 2 hours"). */
function sameUnit(before: Term, after: Term): boolean {
  if (before.kind !== after.kind) return false;
  if (before.kind === 'percent' || before.kind === 'count') return true;
  return before.kind === 'duration' && after.kind === 'duration' && before.unit === after.unit;
}

function valuePart(term: Term, before: Term | null | undefined, language: Language): string {
  const after = formatTermValue(term, language);
  if (!before) return after;
  const from =
    sameUnit(before, term) && typeof before.value === 'number'
      ? formatNumber(before.value, language)
      : formatTermValue(before, language);
  return `${from} → ${after}`;
}

export interface DescribeBandInput {
  term: Term;
  /** The value before a change (compare screen); omitted for a term on its own. */
  before?: Term | null;
  verdict: BandVerdict;
}

/**
 * The one sentence that says where a value stands against the playbook, used by the terms panel, the
 * outline, the compare screen, the approvals and the CLI:
 * "99.9 → 99.99%: beyond walk-away 99.95% (technology)".
 */
export function describeBand({ term, before, verdict }: DescribeBandInput, language: Language): string {
  const value = valuePart(term, before, language);
  const de = language === 'de';
  if (verdict.band === null) {
    const reason = {
      'no-entry': de ? 'keine Grenzen im Playbook' : 'no limits in the playbook',
      'not-negotiable': de ? 'vom Playbook nicht bewertet' : 'not rated by the playbook',
      incomparable: de
        ? 'nicht vergleichbar mit den Grenzen des Playbooks (andere Einheit)'
        : 'not comparable with the playbook limits (different unit)',
    }[verdict.reason];
    return `${value}: ${reason}`;
  }
  const { entry } = verdict;
  const limit = (limitValue: PlaybookValue) => formatPlaybookValue(limitValue, term.kind, language);
  const owner = OWNER_ROLE_NAMES[language][entry.owner];
  const target = limit(entry.target);
  switch (verdict.band) {
    case 'target':
      return de ? `${value}: im Ziel ${target}` : `${value}: within target ${target}`;
    case 'fallback':
      return de
        ? `${value}: im Rückfallbereich bis ${limit(entry.fallback)} (Ziel ${target})`
        : `${value}: within fallback ${limit(entry.fallback)} (target ${target})`;
    case 'limit':
      return de
        ? `${value}: innerhalb der Ausstiegsgrenze ${limit(entry.walkAway)}, Freigabe nötig (${owner})`
        : `${value}: within walk-away ${limit(entry.walkAway)}, needs approval (${owner})`;
    case 'beyond':
      return de
        ? `${value}: jenseits der Ausstiegsgrenze ${limit(entry.walkAway)} (${owner})`
        : `${value}: beyond walk-away ${limit(entry.walkAway)} (${owner})`;
  }
}
