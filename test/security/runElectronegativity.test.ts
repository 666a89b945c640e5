import { describe, expect, it } from 'vitest';
import { findingsFromReport, judgeFindings, parseCsv } from './runElectronegativity.mjs';

const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","6:0","default-src \'self\'; a, b","One or more ""CSP"" directives",https://x',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron\\main\\w.ts","3:1","new BrowserWindow({})","Use sandbox",https://y',
].join('\n');

describe('electronegativity report reading', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n')).toEqual([['a', 'b, c', 'd "e"']]);
  });

  it('turns report rows into findings with forward-slash paths', () => {
    const findings = findingsFromReport(REPORT);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      issue: 'CSP_GLOBAL_CHECK',
      file: 'renderer/index.html',
      sample: "default-src 'self'; a, b",
      description: 'One or more "CSP" directives',
    });
    expect(findings[1]?.file).toBe('electron/main/w.ts');
  });

  it('refuses a report without its header: an empty file is not a clean scan', () => {
    expect(() => findingsFromReport('')).toThrow(/did not run/);
  });

  it('fails findings the allow-list does not justify, and allow-list entries nothing matches', () => {
    const findings = findingsFromReport(REPORT);
    const { unjustified, stale } = judgeFindings(findings, [
      { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: 'only our own files are served' },
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/createMainWindow.ts', reason: 'gone long ago' },
    ]);
    expect(unjustified.map((finding) => finding.issue)).toEqual(['SANDBOX_JS_CHECK']);
    expect(stale.map((allow) => allow.check)).toEqual(['PRELOAD_JS_CHECK']);
  });
});
