import type { LocaleShape } from '../../localeShape';
import type { templates as en } from '../en/templates';

export const templates: LocaleShape<typeof en> = {
  title: 'Vorlagen',
  intro:
    'Standardvereinbarungen, mit denen Ihre Deals beginnen. Mitgelieferte Vorlagen sind schreibgeschützt; duplizieren Sie eine, um sie anzupassen.',
  columns: {
    name: 'Name',
    family: 'Leistung',
    tier: 'Stufe',
    language: 'Sprache',
    version: 'Version',
    kind: 'Art',
    reviewDate: 'Überprüfen bis',
    updated: 'Zuletzt geändert',
  },
  filter: {
    label: 'Vorlagen anzeigen für',
    all: 'Alle Leistungen',
  },
  builtIn: 'Mitgeliefert',
  own: 'Eigene',
  versionShort: 'V{{version}}',
  reviewDue: 'Überprüfung fällig',
  reviewOverdue: 'Überprüfung überfällig',
  empty: {
    title: 'Keine Vorlagen',
    body: 'Hier erscheinen die mitgelieferten Vorlagen.',
  },
  view: {
    clauses: 'Klauseln',
    terms: 'Kennzahlen',
    term: 'Kennzahl',
    value: 'Wert',
    basedOn: 'Basiert auf {{name}}, Version {{version}}',
    updated: 'Zuletzt geändert am {{date}}',
    reviewBy: 'Überprüfen bis {{date}}',
    description: 'Beschreibung',
    history: 'Versionsverlauf',
    optionalClauses: 'Optionale Klauseln',
    optionalClausesHint: 'Diese Klauseln lassen sich einem Deal aus dem Klauselsatz der Vorlage hinzufügen.',
    readOnly: 'Mitgelieferte Vorlagen sind schreibgeschützt. Duplizieren Sie die Vorlage, um sie zu ändern.',
  },
  duplicate: 'Duplizieren …',
  duplicateDialog: {
    title: 'Vorlage duplizieren',
    description: 'Legt eine eigene, bearbeitbare Kopie von „{{name}}“ an.',
    name: 'Name der neuen Vorlage',
    defaultName: '{{name}} (eigene)',
    confirm: 'Duplizieren',
    done: 'Eigene Vorlage „{{name}}“ angelegt',
  },
  edit: 'Bearbeiten …',
  editDialog: {
    title: 'Vorlage bearbeiten',
    description:
      'Beim Speichern entsteht Version {{version}}. Frühere Versionen bleiben für die Deals, die sie nutzen, unverändert.',
    name: 'Name',
    descriptionField: 'Beschreibung',
    reviewDate: 'Überprüfungsdatum',
    saved: 'Als Version {{version}} gespeichert',
  },
  nameRequired: 'Bitte geben Sie einen Namen ein.',
  dateInvalid: 'Bitte geben Sie ein gültiges Datum ein.',
  setReviewDate: 'Überprüfungsdatum festlegen …',
  reviewDialog: {
    title: 'Überprüfungsdatum',
    description: 'Wann soll diese Vorlage das nächste Mal mit der aktuellen Praxis abgeglichen werden?',
    saved: 'Überprüfungsdatum auf {{date}} gesetzt',
  },
};
