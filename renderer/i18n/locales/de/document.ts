import type { LocaleShape } from '../../localeShape';
import type { document as en } from '../en/document';

export const document: LocaleShape<typeof en> = {
  hidden: 'In der Word-Datei ausgeblendeter Text',
  object: {
    image: 'Bild',
    chart: 'Diagramm',
    diagram: 'SmartArt-Grafik',
    shape: 'Zeichnung',
    object: 'Eingebettetes Objekt',
    equation: 'Formel',
  },
  note: {
    footnote: 'Fußnote',
    endnote: 'Endnote',
  },
};
