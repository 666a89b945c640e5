/** The compare screens' own find (owned by the compare feature). Keep keys in step with de/compareFind.ts. */
export const compareFind = {
  label: 'Find in the redline',
  placeholder: 'Find in all clauses',
  /** Which clause with a match is shown, of how many (the status beside the field). */
  position: '{{current}} of {{total}}',
  none: 'No match',
  previous: 'Previous match (Shift+Enter)',
  next: 'Next match (Enter)',
  close: 'Close find (Escape)',
};
