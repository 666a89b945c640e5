import type { LocaleShape } from '../../localeShape';
import type { playbook as en } from '../en/playbook';

export const playbook: LocaleShape<typeof en> = {
  tab: 'Playbook',
  templateIntro:
    'Die Grenzen, innerhalb derer der Vertrieb in jedem Deal aus dieser Vorlage zusagen darf: Ziel, Rückfallposition und Ausstiegsgrenze, und wer sie verantwortet. Intern: wird nie exportiert.',
  dealTitle: 'Playbook dieses Deals',
  dealIntro:
    'Es gelten die Grenzen der Vorlage, außer dieser Deal überschreibt sie. Überschreibungen bleiben beim Deal. Intern: wird nie exportiert.',
  columns: {
    target: 'Ziel',
    fallback: 'Rückfall',
    walkAway: 'Ausstieg',
    owner: 'Verantwortlich',
    note: 'Notiz',
  },
  origin: {
    template: 'aus der Vorlage',
    deal: 'dieser Deal',
  },
  add: 'Grenzen festlegen',
  override: 'Überschreiben',
  reset: 'Zurück zur Vorlage',
  remove: 'Grenzen von {{term}} entfernen',
  removed: 'Grenzen von {{term}} entfernt.',
  undo: 'Rückgängig',
  noLimits: 'keine Grenzen',
  notNegotiable:
    'Werte ohne bessere oder schlechtere Richtung (Auswahlwerte, Überprüfungsintervalle) haben keine Grenzen.',
  import: 'Datei importieren…',
  export: 'Datei exportieren…',
  imported_one: 'Grenzen für {{count}} Wert importiert.',
  imported_other: 'Grenzen für {{count}} Werte importiert.',
  skipped: 'Übersprungen: {{list}}',
  refused: 'Die Datei wurde nicht importiert. Es wurde nichts geändert.',
  exported: 'Playbook als {{name}} gespeichert.',
  fieldLabel: '{{field}} von {{term}}',
  unit: 'Einheit',
  currency: 'Währung',
  owners: {
    support: 'Support',
    technology: 'Technik',
    finance: 'Finanzen',
    legal: 'Recht',
    management: 'Geschäftsführung',
  },
  notANumber: 'Bitte eine Zahl eingeben, z. B. 99,9.',
};
