import type { Parties } from '../../model/document';

/**
 * The parties of an agreement, read from its parties line as written:
 * "Zwischen der Muster GmbH („Anbieter“) und der Kunde AG („Kunde“)",
 * "This Agreement is made between Alpha Ltd ("Customer") and Beta GmbH ("Supplier")",
 * "Between Brightline IT GmbH and Kessler Logistics AG.". The line itself is kept as written
 * (`front.parties`); only these names leave out the article ("der", "the") and the role.
 */

const PROVIDER_ROLE =
  /^(?:service[\s-]?)?(?:provider|supplier|contractor|vendor|anbieter|auftragnehmer|dienstleister|lieferant|leistungserbringer)$/i;
const CUSTOMER_ROLE = /^(?:customer|client|buyer|purchaser|kunde|kundin|auftraggeber(?:in)?|besteller)$/i;

const QUOTES = String.raw`["'“”„‚‘’«»]`;
/** `(„Anbieter“)`, `(the "Customer")`, `(nachfolgend „Kunde“ genannt)`: a role in parentheses. */
const ROLE = String.raw`\(([^()]{0,80})\)`;
/** Where the parties start: "Between", "Zwischen", or "This Agreement is made between". */
const OPENING =
  /^(?:(?:this|the|diese[rsm]?|der|die|das)?\s*(?:[\p{L}-]+\s+){0,3}(?:agreement|contract|sla|vertrag|vereinbarung)\b[^()]{0,80}?\s)?(?:between|zwischen)\s+/iu;
/** A party's name starts like a name: a capital letter, a digit-free word or a quote. */
const NAME_START = new RegExp(`^(?:${QUOTES}|\\p{Lu})`, 'u');
const ARTICLE = /^(?:der|die|das|dem|den|the)\s+/iu;
const JOINER = /^\s*,?\s*(?:and|und|sowie)\s+/iu;

function roleOf(text: string): 'provider' | 'customer' | null {
  const word = text
    .replace(new RegExp(QUOTES, 'gu'), ' ')
    .replace(
      /\b(?:the|der|die|das|nachfolgend|im folgenden|hereinafter|genannt|referred to as|as|called)\b/giu,
      ' ',
    )
    .replace(/[,;:]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
  if (PROVIDER_ROLE.test(word)) return 'provider';
  if (CUSTOMER_ROLE.test(word)) return 'customer';
  return null;
}

function cleanName(text: string): string {
  return text
    .replace(ARTICLE, '')
    .replace(/[\s,;:.]+$/u, '')
    .trim()
    .slice(0, 300);
}

/** Reads the parties from a parties line, or null when the line is not one. Bounded: lines over 800 characters are not read. */
export function readParties(line: string): Parties | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 800) return null;
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);

  // With roles: "X (role) and Y (role)".
  const withRoles = new RegExp(`^(.+?)\\s*${ROLE}(.*)$`, 'u').exec(rest);
  if (withRoles) {
    const firstName = withRoles[1]!;
    const firstRole = roleOf(withRoles[2]!);
    const joined = JOINER.exec(withRoles[3]!);
    if (joined) {
      const after = withRoles[3]!.slice(joined[0].length);
      const second = new RegExp(`^(.+?)\\s*${ROLE}`, 'u').exec(after);
      const secondName = second ? second[1]! : after.replace(/\s*[.;].*$/u, '');
      const secondRole = second ? roleOf(second[2]!) : null;
      const a = cleanName(firstName);
      const b = cleanName(secondName);
      if (a && b) {
        if (firstRole === 'customer' || secondRole === 'provider') return { provider: b, customer: a };
        return { provider: a, customer: b };
      }
    }
  }

  // Without roles: "Between X and Y." — the first party is taken as the provider, as our own lines have it.
  const plain = /^(.+?)\s+(?:and|und)\s+(.+?)\s*\.?$/u.exec(rest);
  if (plain) {
    const a = cleanName(plain[1]!);
    const b = cleanName(plain[2]!);
    if (NAME_START.test(a) && NAME_START.test(b) && a.length <= 200 && b.length <= 200)
      return { provider: a, customer: b };
  }
  return null;
}
