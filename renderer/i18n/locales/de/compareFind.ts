import type { LocaleShape } from '../../localeShape';
import type { compareFind as en } from '../en/compareFind';

/** Die eigene Suche der Vergleichsansichten. Schlüssel wie in en/compareFind.ts. */
export const compareFind: LocaleShape<typeof en> = {
  label: 'In der Änderungsansicht suchen',
  placeholder: 'In allen Klauseln suchen',
  position: '{{current}} von {{total}}',
  none: 'Kein Treffer',
  previous: 'Vorheriger Treffer (Umschalt+Eingabe)',
  next: 'Nächster Treffer (Eingabe)',
  close: 'Suche schließen (Esc)',
};
