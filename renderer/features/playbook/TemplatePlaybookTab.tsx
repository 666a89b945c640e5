import type { Template } from '../../../shared/model';
import { PlaybookEditor } from './PlaybookEditor';

/** The Playbook tab of a template: the team lead's limits for every deal made from it. */
export function TemplatePlaybookTab({ template }: { template: Template }) {
  return (
    <PlaybookEditor
      scope="template"
      ownerId={template.id}
      ownerName={template.name}
      terms={[...template.document.terms, ...template.clauseLibrary.flatMap((item) => item.terms)]}
      docLanguage={template.language}
    />
  );
}
