/**
 * Sentences for what reading a Word file refused or noted (shared/docx: DocxImportError codes and
 * import warning codes with their params). Owned by the word feature. Keep in step with de/wordImport.ts.
 */
export const wordImport = {
  warning: {
    'external-link': 'Web links in the file are kept as plain text and never opened.',
    'external-image':
      'An image linked from outside the file was never fetched; only its address is compared.',
    'external-reference': 'An external reference ({{kind}}) in the file was ignored (never fetched).',
    macros: 'The file contains macros; they were neither read nor run.',
    'object-content-only': '{{object}} in {{place}} is compared by its content only, not word by word.',
    'embedded-object': '{{program}} in {{place}} is compared by its content only, not word by word.',
    'unknown-content':
      'Content of an unknown kind ({{element}}) in {{place}}: its text was kept; anything else of it is not compared.',
    'alt-chunk': 'An embedded foreign document in {{place}} was not read; open the file in Word to see it.',
    'sub-document': 'A linked sub-document in {{place}} was not read (it is never opened).',
    'hidden-text': 'Hidden text in {{place}}: it is kept and marked as hidden.',
    'cell-revision':
      'A tracked insertion or deletion of single table cells in {{place}} is not shown as a change; the cells are read as they stand.',
    'property-revision': 'Tracked changes of {{what}} formatting in {{place}} are not compared.',
    'clause-truncated': '{{place}} has more than {{limit}} paragraphs; the rest was cut off.',
    'table-truncated':
      'A table in {{place}} has more than {{rows}} rows or {{columns}} columns; the rest was cut off.',
    'term-unreadable':
      'The value of “{{term}}” in {{place}} could not be read from the file; it is kept as text.',
    'term-conflict': '“{{term}}” has different values in different places of the file; the first is used.',
    'too-many-warnings': '{{count}} more notes of these kinds are not listed.',
    place: {
      clause: '“{{clause}}”',
      preamble: 'the text before the first clause',
      front: 'the opening lines',
      header: 'a header',
      footer: 'a footer',
      footnote: 'a footnote',
      endnote: 'an endnote',
      comment: 'a comment',
      document: 'the document',
    },
    object: {
      image: 'An image',
      chart: 'A chart',
      diagram: 'A diagram (SmartArt)',
      shape: 'A drawing',
      object: 'An object',
      equation: 'An equation',
      ink: 'A handwritten drawing (ink)',
    },
    program: {
      spreadsheet: 'An embedded spreadsheet',
      presentation: 'An embedded presentation',
      document: 'An embedded document',
      pdf: 'An embedded PDF',
      drawing: 'An embedded drawing',
      other: 'An embedded object',
    },
    what: { paragraph: 'paragraph', table: 'table', section: 'section', numbering: 'numbering' },
  },
  assessment: {
    title: 'This file may be another agreement',
    parties: 'It names {{their}}, this deal is with {{ours}}.',
    clauses: 'Clauses that match one of ours: only {{matched}} of {{theirs}} (ours: {{ours}}).',
    ask: 'Check that you picked the right file. Record it only if it really is the answer to this deal.',
    confirm: 'It is the right file: record it anyway',
    partiesPair: '{{provider}} and {{customer}}',
  },
  replies: 'Replies: {{count}}',
  resolved: 'Resolved',
} as const;
