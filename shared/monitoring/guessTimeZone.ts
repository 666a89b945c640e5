import type { SlaDocument } from '../model/document';
import { clausesText } from './documentText';
import { isValidTimeZone } from './timeZone';

/** Places and zone names agreements use for their clock, mapped to an IANA zone. */
const HINTS: [RegExp, string][] = [
  [/\b(österreich|austria|austrian|wien|vienna)\b/iu, 'Europe/Vienna'],
  [/\b(schweiz|switzerland|swiss|zürich|zurich|bern)\b/iu, 'Europe/Zurich'],
  [/\b(united kingdom|uk time|london|british|bst)\b/iu, 'Europe/London'],
  [/\b(ireland|irish|dublin)\b/iu, 'Europe/Dublin'],
  [/\b(netherlands|niederlande|amsterdam)\b/iu, 'Europe/Amsterdam'],
  [/\b(france|frankreich|paris)\b/iu, 'Europe/Paris'],
  [
    /\b(deutsch(e|er|en)? (orts)?zeit|ortszeit in deutschland|germany|german time|deutschland|berlin|mez|mesz|cet|cest|mitteleuropäische)\b/iu,
    'Europe/Berlin',
  ],
  [/\b(utc|coordinated universal time|koordinierte weltzeit)\b/iu, 'UTC'],
];

export interface TimeZoneGuess {
  timeZone: string;
  /** `document` when the agreement names it, `default` otherwise. */
  source: 'document' | 'default';
}

/**
 * The zone the agreement's clock runs in, from what it says ("nach deutscher Ortszeit",
 * "Europe/Vienna", "local time in Germany"); Europe/Berlin when it says nothing, since our users
 * are mostly German-speaking. The sign dialog and the CLI let the user choose another.
 */
export function guessTimeZone(doc: SlaDocument): TimeZoneGuess {
  const text = clausesText(doc);
  for (const match of text.matchAll(/\b([A-Z][a-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)\b/g))
    if (isValidTimeZone(match[1])) return { timeZone: match[1]!, source: 'document' };
  for (const [pattern, timeZone] of HINTS) if (pattern.test(text)) return { timeZone, source: 'document' };
  return { timeZone: 'Europe/Berlin', source: 'default' };
}
