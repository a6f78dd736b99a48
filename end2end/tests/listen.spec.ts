import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSettings, setPreferences } from './helpers';

// "Listen" reads the page aloud with the browser's speech synthesis, in easy-read. The tests
// cannot hear; they replace the browser's speech with a recorder and check what it was asked to
// say, in which language, and that pressing again stops it.

test('in easy-read, "Listen to the page" reads the page in its language and stops when pressed again', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await context.addInitScript(() => {
    const asked: object[] = [];
    (window as unknown as { asked: object[] }).asked = asked;
    const recorder = {
      speak: (u: SpeechSynthesisUtterance) => asked.push({ text: u.text, lang: u.lang }),
      cancel: () => asked.push({ cancelled: true }),
    };
    Object.defineProperty(window, 'speechSynthesis', { get: () => recorder, configurable: true });
  });
  await setPreferences(context, baseURL!, 'fi', true);
  const page = await context.newPage();
  await page.goto('/providers');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await openSettings(page);
  const listen = page.getByRole('button', { name: 'Kuuntele sivu' });
  await expect(listen).toBeVisible();
  await expectNoAxeViolations(page, 'the settings with Listen, fi easy-read, 320 px');
  await listen.click();
  const asked = await page.evaluate(() => (window as unknown as { asked: { text?: string; lang?: string }[] }).asked);
  const said = asked.find((a) => a.text);
  expect(said?.lang).toBe('fi-FI');
  expect(said?.text).toContain(await page.locator('h1').innerText());
  expect(said?.text).not.toContain('Kuuntele sivu');
  const stop = page.getByRole('button', { name: 'Lopeta kuuntelu' });
  await expect(stop).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Kuuntele sivu' })).toBeVisible();
  const last = await page.evaluate(() => (window as unknown as { asked: object[] }).asked.at(-1));
  expect(last).toEqual({ cancelled: true });
  await context.close();
});

test('"Listen" is not there without JavaScript, nor in standard language', async ({ browser, baseURL }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  await setPreferences(off, baseURL!, 'sv', true);
  const page = await off.newPage();
  await page.goto('/providers');
  await openSettings(page);
  await expect(page.getByRole('button', { name: 'Lyssna på sidan' })).toBeHidden();
  await off.close();

  const standard = await browser.newContext();
  await setPreferences(standard, baseURL!, 'en', false);
  const plain = await standard.newPage();
  await plain.goto('/providers');
  await expect(plain.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(plain.locator('.listen')).toHaveCount(0);
  await standard.close();
});
