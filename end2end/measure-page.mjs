// Measures what a first visit to a page costs: requests and bytes over the wire (compressed,
// headers included), and the same for the WebAssembly alone. Usage: node measure-page.mjs URL
import { chromium } from '@playwright/test';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await (await browser.newContext()).newPage();
const responses = [];
page.on('response', (r) => responses.push(r));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForSelector('html[data-hydrated]', { timeout: 15000 });
let total = 0;
let wasm = 0;
for (const r of responses) {
  const sizes = await r.request().sizes();
  const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
  total += bytes;
  if (new URL(r.url()).pathname.endsWith('.wasm')) wasm += bytes;
}
console.log(`first visit to ${new URL(url).pathname}: ${responses.length} requests, ${total} bytes transferred (WebAssembly ${wasm} bytes)`);
await browser.close();
