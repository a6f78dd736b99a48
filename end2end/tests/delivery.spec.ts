import { test, expect } from '@playwright/test';

test('the WebAssembly is sent compressed with brotli, as built', async ({ request }) => {
  const response = await request.get('/pkg/portal.wasm', { headers: { 'accept-encoding': 'br' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('br');
  // Pages ask for it with the build's version in the address, so it may be kept for a year.
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('pages ask for the stylesheet and the WebAssembly with the build version in the address', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.locator('link[rel=stylesheet]')).toHaveAttribute('href', /^\/pkg\/portal\.css\?v=[0-9a-f]{12}$/);
  expect(await page.locator('script[type=module]').innerHTML()).toMatch(/\/pkg\/portal\.wasm\?v=[0-9a-f]{12}/);
});

test('pages are sent with headers that keep them out of frames and sniffing', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('same-origin');
});

test('pages are kept in no cache, so the back button after signing out shows nothing personal', async ({ request }) => {
  const response = await request.get('/sign-in');
  expect(response.headers()['cache-control']).toBe('no-store');
});
