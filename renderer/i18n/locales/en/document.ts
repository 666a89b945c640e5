/** How document content that is not plain text is named where it is shown (document renderer). */
export const document = {
  hidden: 'Hidden text in the Word file',
  object: {
    image: 'Image',
    chart: 'Chart',
    diagram: 'Diagram',
    shape: 'Drawing',
    object: 'Embedded object',
    equation: 'Equation',
  },
  note: {
    footnote: 'Footnote',
    endnote: 'Endnote',
  },
};
