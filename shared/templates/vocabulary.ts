import type { Language } from '../model/document';
import type { ChoiceKey, ChoiceTermKey, PriorityLevel, TermKey, TextKey, TextTermKey } from './termSpecs';
import type { BuiltInTier } from './tierFigures';

/** The words every family of one language shares; complete by type, so a new term id needs its label. */
export interface Vocabulary {
  language: Language;
  tierNames: Record<BuiltInTier, string>;
  priorityNames: Record<PriorityLevel, string>;
  termLabels: Record<TermKey, string>;
  /** Options in the order of `CHOICE_KEYS`. */
  choiceLabels: { [K in ChoiceTermKey]: Record<ChoiceKey<K>, string> };
  textValues: { [K in TextTermKey]: Record<TextKey<K>, string> };
}
