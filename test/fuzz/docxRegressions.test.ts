import { expect, it } from 'vitest';
import { importDocx } from '../../shared/docx/importDocx';
import { makeDocx, paragraphXml } from '../../shared/docx/testing/makeDocx';

/** Inputs the fuzz run found, kept as plain tests so they stay fixed whatever the fuzz seed. */
// No clock in the assertion (a loaded CI machine is slow for everyone): the quadratic version took
// ~20 s for 100,000 spaces, so 400,000 would take minutes and trip the test's timeout instead.
it(
  'imports a paragraph with 400,000 inner spaces in linear time (was quadratic)',
  { timeout: 30_000 },
  async () => {
    const text = `Maintenance is announced ${' '.repeat(400_000)} three working days ahead.`;
    const bytes = await makeDocx({ body: paragraphXml('1 Maintenance', 'Heading1') + paragraphXml(text) });
    const result = await importDocx(bytes);
    expect(JSON.stringify(result.document)).toContain('three working days ahead.');
  },
);
