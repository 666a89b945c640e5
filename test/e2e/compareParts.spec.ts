import { expect, test, type Page } from '@playwright/test';
import type { Inline, Origin, SlaDocument } from '../../shared/model/document';
import { writeDocx } from '../../shared/docx/write/writeDocx';
import { shot } from './support/app';

/**
 * Issue 8 §3: the whole Word file is compared, not just the body. The customer's answer changes a
 * footer and a text box with Word's track changes, a footnote without, and makes a phrase bold with
 * tracking: each change is listed once with where it sits and who made it (or marked silent), and the
 * formatting change has its own filter.
 */

const BRANDT = { author: 'J. Brandt', date: '2026-11-02T10:00:00Z' };
const ins = (id: string): Origin => ({ type: 'ins', id, ...BRANDT });
const del = (id: string): Origin => ({ type: 'del', id, ...BRANDT });
const t = (text: string, extra: Partial<Extract<Inline, { type: 'text' }>> = {}): Inline => ({
  type: 'text',
  text,
  ...extra,
});

function agreement(newer: boolean): SlaDocument {
  const mark = (oldText: string, newText: string, id: string): Inline[] =>
    newer ? [t(oldText, { origin: del(`${id}d`) }), t(newText, { origin: ins(`${id}i`) })] : [t(oldText)];
  return {
    version: 2,
    title: 'Service Level Agreement',
    language: 'en',
    parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' },
    clauses: [
      {
        id: 'avail',
        kind: 'availability',
        heading: 'Availability',
        level: 1,
        body: [
          {
            type: 'paragraph',
            content: [
              t('The Provider keeps the service available '),
              newer
                ? t('every month', { marks: ['bold'], formatChange: { id: 'f1', ...BRANDT, marks: [] } })
                : t('every month'),
              t(' as measured below.'),
              {
                type: 'note',
                note: 'footnote',
                body: [
                  {
                    type: 'paragraph',
                    // Changed without tracking: a silent edit inside a footnote.
                    content: [
                      t(newer ? 'Measured at the customer site.' : 'Measured at the data centre edge.'),
                    ],
                  },
                ],
              },
            ],
          },
          {
            type: 'box',
            blocks: [
              { type: 'paragraph', content: [t('Service desk hours: '), ...mark('8 to 18', '7 to 20', 'b')] },
            ],
          },
        ],
      },
      {
        id: 'credits',
        kind: 'service-credits',
        heading: 'Service credits',
        level: 1,
        body: [{ type: 'paragraph', content: [t('Credits are set out in the annex.')] }],
      },
    ],
    terms: [],
    pageParts: [
      {
        kind: 'footer',
        variant: 'default',
        section: 0,
        blocks: [{ type: 'paragraph', content: [t('Confidential – '), ...mark('draft', 'final', 'p')] }],
      },
    ],
  };
}

async function file(newer: boolean) {
  const bytes = await writeDocx(agreement(newer), {
    dealName: 'Kessler – Hosting',
    roundLabel: newer ? 'Round 2' : 'Round 1',
    shortHash: '3f9a1c2e',
  });
  return {
    name: newer ? 'kessler-answer.docx' : 'ours.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  };
}

async function pick(page: Page, side: 'older' | 'newer', newer: boolean) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(`cf-pick-${side}`).click();
  await (await chooser).setFiles(await file(newer));
}

test.slow();

test('changes in a footer, a footnote and a text box are each listed with their author or as silent', async ({
  page,
}) => {
  await page.goto('/#/compare');
  // The newer file is picked at once, while the older may still be being read: neither is dropped.
  await pick(page, 'older', false);
  await pick(page, 'newer', true);
  await expect(page.getByTestId('cf-older')).toContainText('ours.docx', { timeout: 30_000 });
  const rows = page.getByTestId('change-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });

  const open = async (where: string) => {
    const details = page.getByTestId('change-details');
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).click();
      const location = details.getByTestId('change-location');
      if ((await location.count()) > 0 && (await location.innerText()).includes(where)) return details;
    }
    throw new Error(`no change listed in the ${where}`);
  };

  const footer = await open('Fußzeile');
  await expect(footer).toContainText('final');
  await expect(footer.getByTestId('change-origin')).toContainText('J. Brandt');

  const box = await open('Textfeld');
  await expect(box).toContainText('7 to 20');
  await expect(box.getByTestId('change-origin')).toContainText('J. Brandt');

  const note = await open('Fußnote');
  await expect(note).toContainText('customer site');
  await expect(note.getByTestId('change-origin')).toContainText('Nicht als Änderung nachverfolgt');
  await shot(page, 'word', 'compare-parts');

  // The bold phrase is a formatting change of its own, found by its filter.
  await page.getByTestId('filter-formatting').click();
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(page.getByTestId('change-details')).toContainText('every month');
  await expect(page.getByTestId('change-origin')).toContainText('J. Brandt');
});
