import { test, expect } from '@playwright/test';

test('the WebAssembly is sent compressed with brotli, as built', async ({ request }) => {
  const response = await request.get('/pkg/portal.wasm', { headers: { 'accept-encoding': 'br' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('br');
});

test('pages are sent with headers that keep them out of frames and sniffing', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('same-origin');
});
