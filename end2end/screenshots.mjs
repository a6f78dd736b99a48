// Takes screenshots of the pages at phone and desktop width, for people to look at.
// Usage: node end2end/screenshots.mjs http://localhost:3000 [lang] [easy]
// Writes end2end/screenshots/*.png (not committed).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://localhost:3000', lang = 'fi', easy = ''] = process.argv.slice(2);
const out = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const host = new URL(base).hostname;
for (const width of [320, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addCookies([
    { name: 'portal_lang', value: lang, domain: host, path: '/' },
    { name: 'portal_easy_read', value: easy ? '1' : '0', domain: host, path: '/' },
  ]);
  const page = await context.newPage();
  const shoot = async (name) => page.screenshot({ path: `${out}${name}-${lang}${easy ? '-easy' : ''}-${width}.png`, fullPage: true });
  for (const [name, path] of [['front', '/'], ['sign-in', '/sign-in'], ['accessibility', '/accessibility'], ['not-found', '/nothing']]) {
    await page.goto(base + path);
    await shoot(name);
  }
  await page.goto(base + '/sign-in');
  await page.fill('#field-username', 'aino');
  await page.fill('#field-password', 'wrong');
  await page.click('form.form button[type=submit]');
  await shoot('sign-in-error');
  await page.fill('#field-password', 'demo');
  await page.click('form.form button[type=submit]');
  await shoot('home');
  for (const [name, path] of [
    ['statement', '/statements/2018-03'],
    ['decision', '/decision'],
    ['glossary', '/glossary'],
    ['providers', '/providers?product=day-activities&municipality=Joensuu'],
    ['provider', '/providers/1'],
    ['compare', '/compare?compare=1&compare=15&compare=5'],
  ]) {
    await page.goto(base + path);
    await shoot(name);
  }
  await page.goto(base + '/statements/2018-03');
  await page.emulateMedia({ media: 'print' });
  await shoot('statement-print');
  await page.emulateMedia({ media: 'screen' });
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
