import { createContext, useContext } from 'react';
import type { Language, Term } from '../../../shared/model';

/**
 * What the editor's node views (term chips, tables) need to know about the document. Passed by
 * context because TipTap renders React node views through portals inside the editor's React tree.
 */
export interface DocumentView {
  language: Language;
  termsById: ReadonlyMap<string, Term>;
  selectedTermId: string | null;
  onTermClick(termId: string, clauseId: string | null): void;
  /** A signed or walked-away deal: shown, not edited (issue 10). */
  readOnly?: boolean;
}

export const DocumentViewContext = createContext<DocumentView>({
  language: 'en',
  termsById: new Map(),
  selectedTermId: null,
  onTermClick: () => undefined,
});

export function useDocumentView(): DocumentView {
  return useContext(DocumentViewContext);
}

/** The clause a node view sits in, so a chip click can select its clause as well. */
export const ClauseIdContext = createContext<string | null>(null);
