import { expect, test, type Page, type Request } from '@playwright/test';

/**
 * "Nothing leaked" (issue 5, DESIGN §5): every request the app makes during a whole workflow stays
 * on its own origin, and the Content Security Policy blocks what an injected script would try.
 * Recorded three ways, so nothing slips past one of them: the context's request event (pages and
 * workers), a context route on every URL, and WebSocket openings.
 */
test.slow();

const ALLOWED_SCHEMES = ['data:', 'blob:'];

function isOwn(url: string, origin: string): boolean {
  if (ALLOWED_SCHEMES.some((scheme) => url.startsWith(scheme))) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

async function createDealAndEdit(page: Page): Promise<void> {
  await page.goto('/#/deals');
  await page
    .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal/ })
    .first()
    .click();
  const dialog = page.getByTestId('new-deal-dialog');
  await dialog.getByLabel('Kunde').fill('Hafenamt Kiel');
  await dialog.getByRole('radio', { name: 'Business' }).click();
  await dialog.getByRole('radio', { name: 'Deutsch' }).click();
  await dialog.getByRole('button', { name: 'Deal anlegen' }).click();
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });

  await page.getByTestId('term-field-availability').fill('99,7');
  const body = page.getByTestId('clause-body-availability');
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Wartungsfenster werden eine Woche vorher angekündigt.');
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
}

test('a whole workflow makes no request outside the app’s own origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const seen: string[] = [];
  const record = (request: Request) => seen.push(request.url());
  context.on('request', record);
  await context.route('**/*', async (route) => {
    seen.push(route.request().url());
    await route.continue();
  });
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await createDealAndEdit(page);
  await page.getByTestId('nav-templates').click();
  await expect(page).toHaveURL(/#\/templates/);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('data-section')).toBeVisible();
  await page.getByTestId('nav-deals').click();
  await page.getByTestId('deal-row').filter({ hasText: 'Hafenamt Kiel' }).click();
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99,7');
  await page.reload();
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });

  expect(seen.length, 'the recorder saw the app load').toBeGreaterThan(3);
  expect(seen.filter((url) => !isOwn(url, origin))).toEqual([]);
  expect(sockets).toEqual([]);
  expect(workers.filter((url) => !isOwn(url, origin))).toEqual([]);
});

test('the page carries the CSP, and it blocks an injected fetch, eval and inline script', async ({
  page,
  context,
}) => {
  const outside: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes('example.com')) outside.push(request.url());
  });
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("connect-src 'self'");
  expect(header).not.toContain('unsafe-eval');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  await expect(page.getByTestId('nav-deals')).toBeVisible();

  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const fetched = await fetch('https://example.com/collect').then(
      () => 'reached the network',
      (error: unknown) => `blocked: ${String(error)}`,
    );
    // String code run by a timer: outside this evaluation (which DevTools exempts from the CSP),
    // so it meets the page's policy exactly as an injected script would.
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__evaluated = true', 0);
    const marker = document.createElement('script');
    marker.textContent = 'window.__injected = true';
    document.head.append(marker);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      fetched,
      evalRan: (window as unknown as { __evaluated?: boolean }).__evaluated === true,
      inlineRan: (window as unknown as { __injected?: boolean }).__injected === true,
      violations,
    };
  });
  expect(result.fetched).toMatch(/^blocked/);
  expect(result.evalRan).toBe(false);
  expect(result.inlineRan).toBe(false);
  expect(result.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src', 'script-src-elem']));
  expect(outside).toEqual([]);
});
