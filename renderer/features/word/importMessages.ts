import type { ReceivedWarning } from '../../../shared/model';
import { wordImport as en } from '../../i18n/locales/en/wordImport';
import type { MessageParams } from '../../../shared/docx/DocxImportError';

/** A `t` of the `wordImport` namespace, called with keys built from codes. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const hasKey = (group: Record<string, unknown>, key: string) =>
  Object.prototype.hasOwnProperty.call(group, key);

function placeText(t: Translate, params: MessageParams): string {
  const where = String(params['where'] ?? 'document');
  if (where === 'clause') {
    const clause = String(params['clause'] ?? '').trim();
    return clause ? t('warning.place.clause', { clause }) : t('warning.place.preamble');
  }
  return hasKey(en.warning.place, where) ? t(`warning.place.${where}`) : t('warning.place.document');
}

/**
 * The sentence for a note from reading a Word file, in the user's language. Notes of rounds
 * recorded before notes had codes are shown as they were written.
 */
export function importWarningText(t: Translate, warning: ReceivedWarning): string {
  if (typeof warning === 'string') return warning;
  const { code, params } = warning;
  if (
    !hasKey(en.warning, code) ||
    code === 'place' ||
    code === 'object' ||
    code === 'program' ||
    code === 'what'
  )
    return warning.text;
  const place = placeText(t, params);
  const word = (group: 'object' | 'program' | 'what', value: unknown) =>
    typeof value === 'string' && hasKey(en.warning[group], value)
      ? t(`warning.${group}.${value}`)
      : String(value ?? '');
  const text = t(`warning.${code}`, {
    ...params,
    place,
    object: word('object', params['object']),
    program: word('program', params['program']),
    what: word('what', params['what']),
  });
  // A place at the start of a sentence ("“3. Availability” has …") keeps its own capital letter.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
