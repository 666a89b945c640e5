// `npm run icons`: draws assets/icons/icon.svg at every size the installers need, with Chromium
// (the e2e tests' browser; no image tools needed), and writes the PNGs, icon.ico and icon.icns
// beside it. The results are committed; run again after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { packIcns, packIco } from './iconFiles.mjs';

const icons = resolve(fileURLToPath(new URL('../../assets/icons/', import.meta.url)));
const svg = readFileSync(`${icons}/icon.svg`, 'utf8');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const pngs = new Map();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
  );
  pngs.set(size, new Uint8Array(await page.screenshot({ omitBackground: true, type: 'png' })));
}
await browser.close();

mkdirSync(`${icons}/png`, { recursive: true });
for (const [size, png] of pngs) writeFileSync(`${icons}/png/${size}x${size}.png`, png);
writeFileSync(`${icons}/icon.png`, pngs.get(512));
writeFileSync(`${icons}/icon.ico`, packIco([16, 24, 32, 48, 64, 128, 256].map((size) => pngs.get(size))));
writeFileSync(`${icons}/icon.icns`, packIcns(pngs));
console.log(`icons written to ${icons}: png/, icon.png, icon.ico, icon.icns`);
