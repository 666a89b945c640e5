import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./lo_revisions.py', import.meta.url));
/** Debian's Python, which has LibreOffice's `uno` module (python3-uno); a pyenv Python has not. */
const PYTHON = '/usr/bin/python3';

export const hasLibreOfficeBridge =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' }).status === 0;

/**
 * Accept All and Reject All of each file in LibreOffice, as plain text (one soffice start for all
 * files). Files are `.docx` paths in `dir`; the profile lives there too.
 */
export function libreOfficeViews(
  dir: string,
  files: readonly string[],
): Record<string, { accepted: string; rejected: string }> {
  mkdirSync(join(dir, 'lo-profile'), { recursive: true });
  execFileSync(PYTHON, [SCRIPT, join(dir, 'lo-profile'), ...files.map((file) => join(dir, file))], {
    timeout: 240_000,
    stdio: 'pipe',
  });
  const out: Record<string, { accepted: string; rejected: string }> = {};
  for (const file of files) {
    const stem = join(dir, file.replace(/\.docx$/, ''));
    out[file] = {
      accepted: readFileSync(`${stem}.accepted.txt`, 'utf8').replace(/^\uFEFF/, ''),
      rejected: readFileSync(`${stem}.rejected.txt`, 'utf8').replace(/^\uFEFF/, ''),
    };
  }
  return out;
}
