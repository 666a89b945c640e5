// Runs Doyensec's electronegativity over the Electron code and the renderer's HTML, then reads its
// CSV report (not its exit code, which is 0 whatever it finds) and fails on any finding that
// electronegativity-allowlist.json does not justify.  `npm run scan`; part of `npm run check`.
//
// What is scanned: a staged copy of electron/main and electron/preload (without tests, whose
// mocks would be read as real windows) and renderer/index.html (the CSP meta tag). A canary file
// with a known-bad window is staged beside them: if its finding is missing from the report, the
// scanner read nothing and the run fails instead of passing silently.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const allowListPath = join(root, 'test/security/electronegativity-allowlist.json');

/**
 * Checks left out, each with its reason (these are the tool's own check names).
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list: there is no network on
 * the build machines, and "current Electron major" is checked by electronVersion.test.ts instead.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const CANARY_FILE = '__canary__/insecureWindow.js';
const CANARY_SOURCE = `// Deliberately insecure: proves the scanner reads files.\nconst { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true } });\n`;
const CANARY_CHECK = 'NODE_INTEGRATION_JS_CHECK';

/**
 * Minimal RFC 4180 reader for the report: quoted fields may hold commas and doubled quotes.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field.trim());
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field.trim());
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field.trim());
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

/**
 * @typedef {{ issue: string; severity: string; confidence: string; file: string; location: string; sample: string; description: string }} Finding
 * @typedef {{ check: string; file: string; reason: string }} Allowance
 */

/** @param {string} csv @returns {Finding[]} */
export function findingsFromReport(csv) {
  const [header, ...rows] = parseCsv(csv);
  if (!header || header[0] !== 'issue')
    throw new Error('The report has no header row; the scan did not run.');
  return rows.map(
    ([
      issue = '',
      severity = '',
      confidence = '',
      file = '',
      location = '',
      sample = '',
      description = '',
    ]) => ({
      issue,
      severity,
      confidence,
      file: file.replaceAll('\\', '/'),
      location,
      sample,
      description,
    }),
  );
}

/**
 * Splits findings into justified and unjustified; also returns allowances nothing matched (stale
 * entries hide future findings, so they fail the run too).
 * @param {Finding[]} findings
 * @param {Allowance[]} allowances
 */
export function judgeFindings(findings, allowances) {
  const used = new Set();
  const unjustified = [];
  for (const finding of findings) {
    const index = allowances.findIndex(
      (allow) => allow.check === finding.issue && allow.file === finding.file,
    );
    if (index === -1) unjustified.push(finding);
    else used.add(index);
  }
  const stale = allowances.filter((_, index) => !used.has(index));
  return { unjustified, stale };
}

/** @returns {Allowance[]} */
function readAllowList() {
  const list = JSON.parse(readFileSync(allowListPath, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${allowListPath} must hold an array`);
  for (const entry of list) {
    if (
      typeof entry?.check !== 'string' ||
      typeof entry?.file !== 'string' ||
      typeof entry?.reason !== 'string' ||
      entry.reason.trim().length < 20
    )
      throw new Error(
        `Every allow-list entry needs check, file and a reason of a sentence: ${JSON.stringify(entry)}`,
      );
  }
  return list;
}

function stageSources() {
  const stage = mkdtempSync(join(tmpdir(), 'sla-electronegativity-'));
  const copyTree = (from) =>
    cpSync(join(root, from), join(stage, from), {
      recursive: true,
      filter: (source) => !/\.test\.tsx?$/.test(source),
    });
  copyTree('electron/main');
  copyTree('electron/preload');
  mkdirSync(join(stage, 'renderer'), { recursive: true });
  cpSync(join(root, 'renderer/index.html'), join(stage, 'renderer/index.html'));
  mkdirSync(dirname(join(stage, CANARY_FILE)), { recursive: true });
  writeFileSync(join(stage, CANARY_FILE), CANARY_SOURCE);
  return stage;
}

function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

function main() {
  const stage = stageSources();
  const report = join(stage, 'report.csv');
  try {
    const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    // The tool now and then ends a run without reporting anything (about one run in five here).
    // The canary tells such a run apart from a clean one; it is run again, at most three times,
    // and the canary must still be found.
    let all = [];
    let output = '';
    let parseErrors = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      rmSync(report, { force: true });
      const run = spawnSync(
        process.execPath,
        [
          cli,
          '-i',
          stage,
          '-e',
          electronVersion(),
          '-r',
          '-v',
          'false',
          '-o',
          report,
          '-x',
          EXCLUDED_CHECKS.join(','),
        ],
        { encoding: 'utf8', timeout: 300_000 },
      );
      output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
      // Parse errors are printed, not reported: a file the tool could not read was not checked.
      parseErrors = output
        .split('\n')
        .filter((line) => /error parsing|errorParsing|couldn't parse/i.test(line));
      if (run.error) throw run.error;
      let csv;
      try {
        csv = readFileSync(report, 'utf8');
      } catch {
        if (attempt < 3) continue;
        throw new Error(`electronegativity wrote no report (exit ${run.status}):\n${output}`);
      }
      all = findingsFromReport(csv);
      if (all.some((finding) => finding.file.startsWith('__canary__/') && finding.issue === CANARY_CHECK))
        break;
      if (attempt === 3)
        throw new Error(
          `The canary's ${CANARY_CHECK} finding is missing: the scanner did not read the sources.\n${output}`,
        );
    }
    const findings = all.filter((finding) => !finding.file.startsWith('__canary__/'));
    const { unjustified, stale } = judgeFindings(findings, readAllowList());

    const scanned = relative(root, stage) ? 'electron/main, electron/preload, renderer/index.html' : '';
    console.log(
      `electronegativity ${electronVersion() ? `(Electron ${electronVersion()})` : ''}: scanned ${scanned}`,
    );
    console.log(
      `  ${findings.length} finding(s), ${findings.length - unjustified.length} justified in the allow-list`,
    );
    for (const finding of unjustified)
      console.log(
        `  ✗ ${finding.issue} [${finding.severity}/${finding.confidence}] ${finding.file}:${finding.location} — ${finding.description}\n      ${finding.sample}`,
      );
    for (const allow of stale)
      console.log(`  ✗ stale allow-list entry (nothing matches it any more): ${allow.check} ${allow.file}`);
    for (const line of parseErrors) console.log(`  ✗ ${line.trim()}`);
    if (unjustified.length > 0 || stale.length > 0 || parseErrors.length > 0) {
      console.log(
        'electronegativity: FAILED (fix the finding, or justify it in test/security/electronegativity-allowlist.json)',
      );
      process.exitCode = 1;
    } else console.log('electronegativity: no unjustified findings');
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
