// `npm run dist [-- electron-builder options]`: the installers of this platform (Linux: AppImage
// and deb; Windows: NSIS; macOS: dmg) in release/, built from a fresh `npm run build`. Needs the
// Electron runtime; where it is missing, says so and how to get it (exit code 2), building nothing.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planDist, MISSING_RUNTIME_EXIT } from './distPlan.mjs';
import { findElectronRuntime } from './electronRuntime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const plan = planDist({
  runtime: findElectronRuntime(root),
  platform: process.platform,
  args: process.argv.slice(2),
});
if (!plan.ok) {
  console.error(plan.message);
  process.exit(MISSING_RUNTIME_EXIT);
}

/** @param {string[]} args */
function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`[sla-workbench] Packaging the ${plan.targets} for ${process.platform} into release/ …`);
const npmCli = process.env.npm_execpath;
if (npmCli) run([npmCli, 'run', 'build']);
else {
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
run([resolve(root, 'node_modules/electron-builder/cli.js'), ...plan.builderArgs]);
