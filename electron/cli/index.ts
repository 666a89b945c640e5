// Entry of the `sla-workbench` command (built to out/cli/index.js by electron/launcher/build-cli.mjs).
import { commands } from './commands';
import { runCli } from './runCli';

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  },
  commands,
);
