/** Replaced with package.json's version by electron/launcher/build-cli.mjs. */
declare const __SLA_WORKBENCH_VERSION__: string | undefined;

export const cliVersion: string =
  typeof __SLA_WORKBENCH_VERSION__ === 'string' ? __SLA_WORKBENCH_VERSION__ : '0.0.0-development';
