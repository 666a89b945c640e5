import { afterEach, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/builtInTemplates';
import { createRepositories } from './createRepositories';
import { openSlaDatabase } from './openSlaDatabase';
import type { InvalidRecord } from './repositories';
import type { SlaDatabase } from './SlaDatabase';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

it('stores every shipped built-in template and can start a deal from each', async () => {
  db = await openSlaDatabase(`built-ins-${crypto.randomUUID()}`);
  const problems: InvalidRecord[] = [];
  const repos = createRepositories(db, { onInvalidRecord: (problem) => problems.push(problem) });
  await repos.templates.ensureBuiltIns();
  expect(problems).toEqual([]);
  const templates = await repos.templates.list();
  expect(templates.length).toBe(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size);
  expect(templates.length).toBeGreaterThan(0);
  for (const template of templates) {
    const deal = await repos.deals.createFromTemplate({
      title: `Deal on ${template.name}`,
      customerName: 'Muster AG',
      templateId: template.id,
    });
    const draft = await repos.drafts.get(deal.id);
    expect(draft?.document.parties.customer).toBe('Muster AG');
    expect(deal.language).toBe(template.language);
  }
});
