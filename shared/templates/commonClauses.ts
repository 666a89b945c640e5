import type { Language } from '../model/document';

/**
 * Sentences every family deliberately words the same way, because legal review signs them off once
 * for the whole company. Everything else in a family is written for its service; the template tests
 * check that no other passage is repeated across families.
 */
export const LIABILITY_CARVE_OUT: Record<Language, string> = {
  de: 'Diese Beschränkungen gelten nicht bei Vorsatz und grober Fahrlässigkeit, bei Verletzung von Leben, Körper oder Gesundheit, bei Übernahme einer Garantie, für Ansprüche nach dem Produkthaftungsgesetz sowie soweit eine Haftungsbeschränkung gesetzlich unzulässig ist.',
  en: 'These limits do not apply to damage caused intentionally or by gross negligence, to injury to life, body or health, to liability under a guarantee, to claims under product liability law, or where the law does not allow liability to be limited.',
};
