import type { Parties, SlaDocument } from '../../model/document';

/**
 * Whether a file read against our round looks like the same agreement (issue 8: "a file that looks
 * like another agreement — other parties, most clauses unmatched — is flagged before anything is
 * saved, not reported as 61 silent edits").
 */
export interface ImportAssessment {
  /** `same`: reads as an answer to our round; `other`: looks like another agreement; `unknown`: no reference. */
  verdict: 'same' | 'other' | 'unknown';
  reasons: ('parties' | 'clauses')[];
  /** Numbered clauses of theirs matched to one of ours, of theirs, and of ours. */
  matchedClauses: number;
  theirClauses: number;
  ourClauses: number;
  /** The parties their file names, when it names them, and ours. */
  theirParties?: Parties;
  ourParties?: Parties;
}

const LEGAL_FORMS =
  /\b(?:gmbh|ag|kg|ohg|gbr|se|ug|e\.?\s?k|mbh|co|ltd|limited|llc|llp|inc|plc|corp|corporation|company|sa|sas|sarl|bv|nv|ab|oy|as)\b/g;

function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(LEGAL_FORMS, ' ')
      .match(/[\p{L}\p{N}]+/gu)
      ?.filter((word) => word.length > 1) ?? [],
  );
}

/** Two spellings of one company: most of the distinctive words in common. */
export function sameParty(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return true;
  let common = 0;
  for (const word of x) if (y.has(word)) common += 1;
  return (2 * common) / (x.size + y.size) >= 0.5;
}

const hasParties = (parties: Parties) => parties.provider.trim() !== '' && parties.customer.trim() !== '';

/** At least this many clauses before "most clauses unmatched" means anything. */
const MIN_CLAUSES = 3;

export function assessImport(
  theirs: SlaDocument,
  ours: SlaDocument | undefined,
  matchedClauses: number,
  unmapped: readonly string[],
): ImportAssessment {
  if (!ours) return { verdict: 'unknown', reasons: [], matchedClauses: 0, theirClauses: 0, ourClauses: 0 };
  const unmappedIds = new Set(unmapped);
  const numbered = theirs.clauses.filter((clause) => clause.numbered !== false);
  const theirClauses = numbered.length;
  const matched = Math.min(matchedClauses, numbered.filter((clause) => !unmappedIds.has(clause.id)).length);
  const ourClauses = ours.clauses.filter((clause) => clause.numbered !== false).length;
  const reasons: ImportAssessment['reasons'] = [];
  const theirParties = theirs.front?.parties && hasParties(theirs.parties) ? theirs.parties : undefined;
  if (
    theirParties &&
    hasParties(ours.parties) &&
    // Either order: some files name the customer first.
    !(
      (sameParty(theirParties.provider, ours.parties.provider) &&
        sameParty(theirParties.customer, ours.parties.customer)) ||
      (sameParty(theirParties.provider, ours.parties.customer) &&
        sameParty(theirParties.customer, ours.parties.provider))
    )
  )
    reasons.push('parties');
  const larger = Math.max(theirClauses, ourClauses);
  if (larger >= MIN_CLAUSES && matched * 2 < larger) reasons.push('clauses');
  const assessment: ImportAssessment = {
    verdict: reasons.length > 0 ? 'other' : 'same',
    reasons,
    matchedClauses: matched,
    theirClauses,
    ourClauses,
    ourParties: ours.parties,
  };
  if (theirParties) assessment.theirParties = theirParties;
  return assessment;
}
