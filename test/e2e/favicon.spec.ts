import { expect, test } from '@playwright/test';

/** The browser tab (browser mode) and the window show the app's own icon from assets/icons (issue 12). */
test('the app names its icon, and serves it itself', async ({ page, request }) => {
  await page.goto('/');
  const icons = page.locator('link[rel~="icon"]');
  await expect(icons).toHaveCount(2);
  const href = await icons.first().getAttribute('href');
  expect(href).toMatch(/^\.\/assets\/icon-[\w-]+\.svg$/);
  const response = await request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toContain('<title>SLA Workbench</title>');
});
