import type { Language } from '../model/document';
import { OWNER_ROLES } from './ownerRoles';

/** The fields of one playbook entry, as the file names them. */
export type PlaybookField = 'target' | 'fallback' | 'walkAway' | 'owner' | 'note';

/**
 * What can be wrong with a playbook file or entry. Each carries a code and parameters; the sentence
 * comes from `playbookProblemText` in the reader's language (the app and the CLI use the same one).
 */
export type PlaybookProblem =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'wrong-version'; version: string }
  | { code: 'too-many-terms'; max: number }
  | { code: 'unknown-term'; termId: string }
  | { code: 'not-an-entry'; termId: string }
  | { code: 'missing-field'; termId: string; field: PlaybookField }
  | { code: 'unknown-field'; termId: string; field: string }
  | { code: 'wrong-shape'; termId: string; field: PlaybookField; expected: ExpectedShape }
  | { code: 'negative'; termId: string; field: PlaybookField }
  | { code: 'over-100'; termId: string; field: PlaybookField }
  | { code: 'not-whole'; termId: string; field: PlaybookField }
  | { code: 'too-precise'; termId: string; field: PlaybookField; decimals: number }
  | { code: 'too-large-value'; termId: string; field: PlaybookField }
  | { code: 'wrong-owner'; termId: string }
  | { code: 'mixed-shapes'; termId: string }
  | { code: 'walk-away-better-than-target'; termId: string }
  | { code: 'fallback-outside-range'; termId: string }
  | { code: 'not-negotiable'; termId: string };

export type PlaybookProblemCode = PlaybookProblem['code'];

/** What a limit should have looked like, e.g. for a duration term `{"value": 60, "unit": "minutes"}`. */
export type ExpectedShape = 'number' | 'duration' | 'money' | 'text';

const FIELD_NAMES: Record<Language, Record<PlaybookField, string>> = {
  en: { target: 'target', fallback: 'fallback', walkAway: 'walk-away', owner: 'owner', note: 'note' },
  de: {
    target: 'Ziel',
    fallback: 'Rückfall',
    walkAway: 'Ausstiegsgrenze',
    owner: 'Verantwortlich',
    note: 'Notiz',
  },
};

const SHAPES: Record<Language, Record<ExpectedShape, string>> = {
  en: {
    number: 'a number',
    duration: 'a duration such as {"value": 60, "unit": "minutes"}',
    money: 'an amount such as {"amount": 250000, "currency": "EUR"}',
    text: 'text',
  },
  de: {
    number: 'eine Zahl',
    duration: 'eine Dauer wie {"value": 60, "unit": "minutes"}',
    money: 'ein Betrag wie {"amount": 250000, "currency": "EUR"}',
    text: 'Text',
  },
};

/** One sentence per problem, in English or German. `label` names the term where the caller knows it. */
export function playbookProblemText(
  problem: PlaybookProblem,
  language: Language,
  label: (termId: string) => string = (termId) => termId,
): string {
  const de = language === 'de';
  const field =
    'field' in problem ? (FIELD_NAMES[language][problem.field as PlaybookField] ?? problem.field) : '';
  const term = 'termId' in problem ? `„${label(problem.termId)}“` : '';
  const termEn = 'termId' in problem ? `“${label(problem.termId)}”` : '';
  switch (problem.code) {
    case 'too-large':
      return de
        ? `Die Datei ist größer als ${Math.round(problem.maxBytes / 1024)} KB; so große Playbooks werden nicht gelesen.`
        : `The file is larger than ${Math.round(problem.maxBytes / 1024)} KB; playbooks that large are not read.`;
    case 'not-json':
      return de ? 'Die Datei ist kein gültiges JSON.' : 'The file is not valid JSON.';
    case 'wrong-format':
      return de
        ? 'Die Datei ist kein SLA-Workbench-Playbook (es fehlt "format": "sla-workbench-playbook" mit "terms").'
        : 'The file is not an SLA Workbench playbook ("format": "sla-workbench-playbook" with "terms" is missing).';
    case 'wrong-version':
      return de
        ? `Das Playbook hat die Version ${problem.version}; diese App liest Version 1.`
        : `The playbook has version ${problem.version}; this app reads version 1.`;
    case 'too-many-terms':
      return de
        ? `Das Playbook hat mehr als ${problem.max} Werte.`
        : `The playbook has more than ${problem.max} terms.`;
    case 'unknown-term':
      return de ? `Unbekannter Wert ${term}: übersprungen.` : `Unknown term ${termEn}: skipped.`;
    case 'not-an-entry':
      return de
        ? `${term}: Erwartet wird ein Objekt mit target, fallback, walkAway und owner.`
        : `${termEn}: expected an object with target, fallback, walkAway and owner.`;
    case 'missing-field':
      return de ? `${term}: ${field} fehlt.` : `${termEn}: the ${field} is missing.`;
    case 'unknown-field':
      return de
        ? `${term}: unbekanntes Feld „${problem.field}“.`
        : `${termEn}: unknown field “${problem.field}”.`;
    case 'wrong-shape':
      return de
        ? `${term}: ${field} muss ${SHAPES.de[problem.expected]} sein.`
        : `${termEn}: the ${field} must be ${SHAPES.en[problem.expected]}.`;
    case 'negative':
      return de
        ? `${term}: ${field} darf nicht negativ sein.`
        : `${termEn}: the ${field} cannot be negative.`;
    case 'over-100':
      return de
        ? `${term}: ${field} kann nicht über 100 % liegen.`
        : `${termEn}: the ${field} cannot be more than 100 %.`;
    case 'not-whole':
      return de
        ? `${term}: ${field} muss eine ganze Zahl sein.`
        : `${termEn}: the ${field} must be a whole number.`;
    case 'too-precise':
      return de
        ? `${term}: ${field} hat mehr als ${problem.decimals} Nachkommastellen.`
        : `${termEn}: the ${field} has more than ${problem.decimals} decimal places.`;
    case 'too-large-value':
      return de ? `${term}: ${field} ist zu groß.` : `${termEn}: the ${field} is too large.`;
    case 'wrong-owner':
      return de
        ? `${term}: Verantwortlich muss eine dieser Rollen sein: ${OWNER_ROLES.join(', ')}.`
        : `${termEn}: the owner must be one of ${OWNER_ROLES.join(', ')}.`;
    case 'mixed-shapes':
      return de
        ? `${term}: Ziel, Rückfall und Ausstiegsgrenze müssen dieselbe Einheit bzw. Währung haben.`
        : `${termEn}: target, fallback and walk-away must be in the same unit or currency.`;
    case 'walk-away-better-than-target':
      return de
        ? `${term}: Die Ausstiegsgrenze ist für uns günstiger als das Ziel; so passen die Grenzen nicht zusammen.`
        : `${termEn}: the walk-away is better for us than the target; the limits contradict each other.`;
    case 'fallback-outside-range':
      return de
        ? `${term}: Der Rückfall muss zwischen Ziel und Ausstiegsgrenze liegen.`
        : `${termEn}: the fallback must lie between the target and the walk-away.`;
    case 'not-negotiable':
      return de
        ? `${term}: Für diesen Wert gibt es keine bessere oder schlechtere Richtung; er hat keine Grenzen.`
        : `${termEn}: this term has no better or worse direction, so it takes no limits.`;
  }
}
