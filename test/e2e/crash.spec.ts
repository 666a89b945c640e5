import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { killHard, launch, type Session } from './support/chromium';

/**
 * "Nothing lost" (issue 5, DESIGN §6): Chromium is killed hard (SIGKILL to its whole process
 * group, like a crash or a power cut) at seeded random moments while the user types into a draft.
 * After each restart with the same profile the app opens, the draft holds a prefix of what was
 * typed that contains at least everything the app had shown as saved, and Verify finds every
 * frozen round intact.
 *
 * Issue 9 measures what a kill loses: the loss window is the time from the first keystroke that did
 * not survive to the kill. It is printed per run and as the largest of all runs (README states it).
 *
 * Chromium is started here, not by Playwright: a persistent context gives no handle on its
 * process, and only our own process group can be killed without touching anything else.
 */
test.slow();

// Two kills in the gate (CI time); `SLA_E2E_CRASH_RUNS=6` (or more) for the measurement README quotes.
const RUNS = Number(process.env.SLA_E2E_CRASH_RUNS ?? 2);
const SEED = 20261127;

/** mulberry32: the same kill moments on every machine, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clause = (page: Page) => page.getByTestId('clause-body-availability');
const normalize = (text: string) => text.replace(/\u00a0/g, ' ');

async function openDeal(page: Page, url: string) {
  if (page.url() !== url) await page.goto(url);
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
}

async function verifyAllIntact(page: Page, base: string) {
  await page.goto(`${base}/#/settings`);
  const section = page.getByTestId('data-section');
  await section.getByRole('button', { name: 'Prüfen' }).click();
  const result = section.getByTestId('verify-result');
  await expect(result).toContainText('Der Deal ist intakt');
}

/** The running Chromium, killed in afterEach too: a timed-out test must not leave it behind. */
let current: Session | undefined;
test.afterEach(async () => {
  if (!current) return;
  await killHard(current);
  await current.browser.close().catch(() => undefined);
  current = undefined;
});

test('a draft survives Chromium being killed while typing; frozen rounds stay intact', async ({
  baseURL,
}) => {
  const base = (baseURL ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
  const profile = mkdtempSync(join(tmpdir(), 'sla-crash-'));
  const random = seededRandom(SEED);
  let session: Session | undefined;
  try {
    session = current = await launch(profile, `${base}/#/settings`);
    let { page } = session;
    // The profile's language is not the test's: choose German once, the setting is stored.
    await page.getByTestId('ui-language-de').click();
    await expect(page.getByTestId('ui-language-de')).toHaveAttribute('data-state', 'checked');
    await page.goto(`${base}/#/deals`);
    await page
      .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal/ })
      .first()
      .click();
    const dialog = page.getByTestId('new-deal-dialog');
    await dialog.getByLabel('Kunde').fill('Seehafen Logistik GmbH');
    await dialog.getByRole('radio', { name: 'Business' }).click();
    await dialog.getByRole('radio', { name: 'Deutsch' }).click();
    await dialog.getByRole('button', { name: 'Deal anlegen' }).click();
    await expect(page).toHaveURL(/#\/deals\/[A-Za-z0-9_-]+$/);
    const dealUrl = page.url();
    await openDeal(page, dealUrl);

    // A frozen round, so every restart can check the hash chain.
    await page.getByRole('tab', { name: 'Runden' }).click();
    await page.getByTestId('send-round').click();
    const send = page.getByTestId('send-round-dialog');
    await send.getByLabel('Ihr Name').fill('Jonas Weber');
    await send.getByRole('button', { name: 'Festschreiben und senden' }).click();
    await expect(send).toHaveCount(0);
    await expect(page.getByTestId('chain-status')).toHaveText('Kette intakt');

    let stored = normalize((await clause(page).textContent()) ?? '');
    const initialLength = stored.length;
    let savedInAllRuns = 0;
    const lossWindows: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      await openDeal(page, dealUrl);
      // At the start of the first paragraph (its end holds a term chip), then to the clause's end.
      await clause(page)
        .locator('p')
        .first()
        .click({ position: { x: 4, y: 6 } });
      await page.keyboard.press('Control+End');

      // Bursts of typing with pauses, some longer than the autosave delay, killed at a random moment.
      const words = Array.from({ length: 40 }, (_, index) => ` Lauf${run}Wort${index}`);
      let typed = stored;
      let lastSaved = stored;
      let killed = false;
      /** When the page first showed the clause at each length: when the app had that keystroke. */
      const shownAt = new Map<number, number>();
      await page.evaluate(() => {
        const body = document.querySelector('[data-testid="clause-body-availability"]');
        const marks: [number, number][] = [];
        (window as unknown as { __shown: [number, number][] }).__shown = marks;
        if (body)
          new MutationObserver(() => marks.push([body.textContent?.length ?? 0, Date.now()])).observe(body, {
            subtree: true,
            characterData: true,
            childList: true,
          });
      });
      const killAt = Date.now() + 1000 + random() * 5000;
      const typing = (async () => {
        for (const word of words) {
          for (const char of word) {
            if (killed) return;
            // Counted before it is sent: a key the page handled just before the kill is included.
            typed += char;
            await page.keyboard.type(char).catch(() => undefined);
          }
          await new Promise((resolve) => setTimeout(resolve, random() < 0.4 ? 900 : 60));
        }
      })();
      // What the screen showed as saved: "Gespeichert" with the same text at two polls in a row.
      let previous = '';
      while (Date.now() < killAt) {
        const state = await page
          .evaluate(() => ({
            saved:
              document.querySelector('[data-testid="save-state"]')?.textContent?.trim() === 'Gespeichert',
            text: document.querySelector('[data-testid="clause-body-availability"]')?.textContent ?? '',
            shown: (window as unknown as { __shown: [number, number][] }).__shown.splice(0),
          }))
          .catch(() => undefined);
        for (const [length, at] of state?.shown ?? []) if (!shownAt.has(length)) shownAt.set(length, at);
        if (state?.saved) {
          const text = normalize(state.text);
          if (text === previous && text.length > lastSaved.length) lastSaved = text;
          previous = text;
        } else previous = '';
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      killed = true;
      const killedAt = Date.now();
      await killHard(session);
      await typing;
      await session.browser.close().catch(() => undefined);

      session = current = await launch(profile, dealUrl);
      ({ page } = session);
      await openDeal(page, dealUrl);
      const after = normalize((await clause(page).textContent()) ?? '');
      const kept = after.length - stored.length;
      // The first keystroke that did not survive, from the moment the page had shown it.
      const firstLost = shownAt.get(after.length + 1);
      const lossMs = firstLost === undefined ? 0 : killedAt - firstLost;
      lossWindows.push(lossMs);
      const shown = Math.max(stored.length, ...shownAt.keys()) - stored.length;
      console.log(
        `[crash] run ${run}: typed ${typed.length - stored.length}, shown ${shown}, kept ${kept}, ` +
          `lost the last ${lossMs} ms of what the page had shown`,
      );
      // Never more than was typed, never less than was shown as saved.
      expect(typed.startsWith(after), `run ${run}: "${after}" is not a prefix of what was typed`).toBe(true);
      expect(after.startsWith(lastSaved), `run ${run}: lost "${lastSaved.slice(after.length)}"`).toBe(true);
      savedInAllRuns += after.length - stored.length;
      stored = after;

      await verifyAllIntact(page, base);
    }
    console.log(
      `[crash] measured loss window over ${RUNS} kills: at most ${Math.max(...lossWindows)} ms ` +
        `(median ${[...lossWindows].sort((x, y) => x - y)[Math.floor(lossWindows.length / 2)]} ms)`,
    );
    // The runs proved something only if typing reached the database at all.
    expect(savedInAllRuns, 'characters that survived the kills').toBeGreaterThan(0);
    expect(stored.length).toBe(initialLength + savedInAllRuns);
  } finally {
    if (session) {
      await killHard(session);
      await session.browser.close().catch(() => undefined);
      current = undefined;
    }
    rmSync(profile, { recursive: true, force: true });
  }
});
