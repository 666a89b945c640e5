import type { Language } from '../model/document';
import { formatTermValue } from '../format/formatTermValue';
import type { Change, ChangeKind, ChangeLocation } from './changeTree';

const KIND_LABELS: Record<Language, Record<ChangeKind, string>> = {
  en: {
    'clause-inserted': 'Clause added',
    'clause-removed': 'Clause removed',
    'clause-moved': 'Clause moved',
    heading: 'Heading changed',
    wording: 'Wording changed',
    number: 'Number changed',
    punctuation: 'Punctuation changed',
    whitespace: 'Spacing changed',
    'table-cell': 'Table changed',
    term: 'Term changed',
    formatting: 'Formatting changed',
    object: 'Object changed',
  },
  de: {
    'clause-inserted': 'Klausel eingefügt',
    'clause-removed': 'Klausel entfernt',
    'clause-moved': 'Klausel verschoben',
    heading: 'Überschrift geändert',
    wording: 'Wortlaut geändert',
    number: 'Zahl geändert',
    punctuation: 'Satzzeichen geändert',
    whitespace: 'Leerraum geändert',
    'table-cell': 'Tabelle geändert',
    term: 'Kennzahl geändert',
    formatting: 'Formatierung geändert',
    object: 'Objekt geändert',
  },
};

const LOCATION_LABELS: Record<Language, Record<ChangeLocation, string>> = {
  en: {
    body: 'Text',
    table: 'Table',
    header: 'Header',
    footer: 'Footer',
    footnote: 'Footnote',
    endnote: 'Endnote',
    textbox: 'Text box',
  },
  de: {
    body: 'Text',
    table: 'Tabelle',
    header: 'Kopfzeile',
    footer: 'Fußzeile',
    footnote: 'Fußnote',
    endnote: 'Endnote',
    textbox: 'Textfeld',
  },
};

/** Where a change sits in the Word file, for the change list and details. */
export function changeLocationLabel(location: ChangeLocation, language: Language): string {
  return LOCATION_LABELS[language][location];
}

/** Label of a change kind, for filters and the change list. */
export function changeKindLabel(kind: ChangeKind, language: Language): string {
  return KIND_LABELS[language][kind];
}

const NONE: Record<Language, string> = { en: '(none)', de: '(keine)' };
const DOCUMENT: Record<Language, string> = { en: 'Document', de: 'Dokument' };
const MAX_SNIPPET = 80;

/** Whitespace made visible, so a spacing change does not read as `" " → " "`. */
function visibleSpace(text: string): string {
  return text
    .replace(/\u00a0/gu, '⍽')
    .replace(/ /gu, '·')
    .replace(/\t/gu, '→')
    .replace(/\n/gu, '↵');
}

const QUOTES: Record<Language, [string, string]> = { en: ['"', '"'], de: ['„', '“'] };

function snippet(text: string, kind: ChangeKind, language: Language): string {
  if (!text) return NONE[language];
  const collapsed = text.replace(/\s+/gu, ' ').trim();
  const shown = kind === 'whitespace' || !collapsed ? visibleSpace(text) : collapsed;
  const cut = shown.length > MAX_SNIPPET ? `${shown.slice(0, MAX_SNIPPET - 1)}…` : shown;
  const [open, close] = QUOTES[language];
  return `${open}${cut}${close}`;
}

function place(change: Change, language: Language): string {
  const number = change.clauseNumberB ?? change.clauseNumberA;
  if (!change.clauseId)
    return change.location === 'header' || change.location === 'footer'
      ? changeLocationLabel(change.location, language)
      : DOCUMENT[language];
  return [number, change.heading].filter(Boolean).join(' ');
}

/**
 * One line summarising a change, for the change list and the CLI, in the reader's language:
 * `Availability: 99.9% → 99.5%`, `3 Service credits: "10" → "15"`, `Klausel verschoben: 2 → 5`.
 */
export function describeChange(change: Change, language: Language): string {
  const arrow = ' → ';
  if (change.kind === 'term' && change.term) {
    const { before, after, label } = change.term;
    const value = (term: typeof before) => (term ? formatTermValue(term, language) : NONE[language]);
    return `${label}: ${value(before)}${arrow}${value(after)}`;
  }
  const where = place(change, language);
  switch (change.kind) {
    case 'clause-inserted':
    case 'clause-removed':
      return `${changeKindLabel(change.kind, language)}: ${where}`;
    case 'clause-moved':
      return `${changeKindLabel(change.kind, language)}: ${change.heading} (${change.clauseNumberA}${arrow}${change.clauseNumberB})`;
    default:
      return `${where}: ${snippet(change.before, change.kind, language)}${arrow}${snippet(change.after, change.kind, language)}`;
  }
}
