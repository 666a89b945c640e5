/** Strings of negotiation rounds (owned by the rounds feature). Keep keys in step with de/rounds.ts. */
export const rounds = {
  side: {
    us: 'Sent by us',
    them: 'Received',
    usShort: 'ours',
    themShort: 'theirs',
  },
  tab: {
    label: 'Rounds',
    timeline: 'Timeline',
    chart: 'Chart',
    none: 'No rounds yet. Send the draft and it is frozen here as round 1.',
    round: 'Round {{number}}',
    chainOk: 'Chain intact',
    chainBroken: 'Round {{number}} altered',
    chainHint:
      'Each round’s SHA-256 fingerprint includes the fingerprint of the round before, so a later change of any round shows here.',
    hash: 'SHA-256 fingerprint {{hash}}',
    noAuthor: 'unknown author',
    compareWithPrevious: 'Compare with previous',
    compareWithDraft: 'Compare with draft',
    open: 'Open round {{number}}',
  },
  send: {
    more: 'More round actions',
    button: 'Send round',
    title: 'Send round {{number}}',
    description:
      'The current draft is frozen as our round {{number}}: $t(rounds:counts.clauses, {"count": {{clauses}} }) and $t(rounds:counts.terms, {"count": {{terms}} }). A frozen round cannot be edited; later changes go into the next round.',
    note: 'Note',
    notePlaceholder: 'e.g. first offer after the kick-off call',
    author: 'Your name',
    authorHint: 'Asked once; written into every round and into exported redlines.',
    authorRequired: 'Please enter your name.',
    confirm: 'Freeze and send',
    done: 'Round {{number}} frozen.',
    failed: 'The round could not be frozen: {{message}}',
  },
  record: {
    button: 'Record their version',
    title: 'Record their version as round {{number}}',
    description:
      'Edit the draft to match what the customer sent, then record it as their round. The draft stays as their text until you build our answer on the compare screen.',
    confirm: 'Record as their round',
    done: 'Round {{number}} recorded as the customer’s version.',
    compare: 'Compare',
  },
  view: {
    title: 'Round {{number}} · {{side}}',
    readOnly: 'Frozen, read only',
    meta: '{{author}} · {{date}}',
  },
  /** Counted nouns for the sentences above; i18next picks the plural form from `count`. */
  counts: {
    clauses_one: '{{count}} clause',
    clauses_other: '{{count}} clauses',
    terms_one: '{{count}} term',
    terms_other: '{{count}} terms',
  },
  chart: {
    term: 'Term',
    us: 'Us',
    them: 'Customer',
    round: 'Round {{number}}',
    empty: 'Once rounds exist, this shows how each key term moved from round to round.',
    label: 'Values of {{term}} per round',
  },
} as const;
