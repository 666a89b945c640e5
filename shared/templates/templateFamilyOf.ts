import { TEMPLATE_FAMILIES, type Template, type TemplateFamily } from '../model/template';

function familyInId(id: string): TemplateFamily | undefined {
  // Longest first, should one family id ever be the prefix of another.
  return [...TEMPLATE_FAMILIES]
    .sort((a, b) => b.length - a.length)
    .find((family) => id.startsWith(`${family}-`));
}

/**
 * The family of any template: its own field, else (templates stored before families existed) the
 * family named in its built-in id or in the id of the built-in it was copied from.
 */
export function templateFamilyOf(
  template: Pick<Template, 'id' | 'builtIn' | 'family' | 'basedOn'>,
): TemplateFamily | undefined {
  if (template.family) return template.family;
  if (template.builtIn) return familyInId(template.id);
  return template.basedOn ? familyInId(template.basedOn.id) : undefined;
}
