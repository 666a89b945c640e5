import { readdirSync, readFileSync, statSync } from 'node:fs';
import { RENDERER_DIR } from './benchBrowser';

/**
 * The JavaScript the built app parses before its first screen: the entry script of index.html,
 * every chunk reachable from it through static imports (what `modulepreload` lists), and the UI
 * language's texts, which the entry awaits before its first render (renderer/i18n/i18n.ts; the
 * German chunk, the larger of the two, is counted). Other lazily loaded chunks are not followed.
 */
export function startupChunks(dir = RENDERER_DIR): {
  entryBytes: number;
  totalBytes: number;
  files: string[];
} {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('out/renderer/index.html has no module entry script');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    // Minified static imports: `import{a as b}from"./x.js"` and bare `import"./x.js"`.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g))
      visit(folder + match[1]!.slice(2));
  };
  visit(entry);
  const language = readdirSync(`${dir}/assets`).find((file) => /^german-[\w-]+\.js$/.test(file));
  if (!language) throw new Error('out/renderer/assets has no German language chunk (renderer/i18n/i18n.ts)');
  visit(`assets/${language}`);
  const files = [...seen];
  const size = (file: string) => statSync(`${dir}/${file}`).size;
  return { entryBytes: size(entry), totalBytes: files.reduce((sum, file) => sum + size(file), 0), files };
}
