import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabToText, withAxe } from './helpers';

test('Matti sees, with the keyboard only and without JavaScript, that Sanna looked at his budget', async ({ browser }) => {
  test.setTimeout(120_000);
  // Sanna acts for Matti: her looks at his budget and a statement go to his log.
  const helper = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const sanna = await helper.newPage();
  await signIn(sanna, 'sanna');
  await usePreferences(sanna, 'fi');
  await sanna.goto('/statements/2018-02');
  await expect(sanna.locator('h1')).toContainText('helmikuu 2018');
  // The log is Matti's own: Sanna has no way to it.
  expect((await sanna.goto('/who-looked'))?.status()).toBe(404);
  await helper.close();

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'matti');
  await usePreferences(page, 'fi');
  const checkHere = await withAxe(browser, 'matti');
  await tabToText(page, 'Kuka katsoi tietojani');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kuka katsoi tietojasi');
  const lines = page.locator('ul.looks > li');
  await expect(lines.first()).toHaveText(/^Klo \d\d\.\d\d Sanna Räsänen \(omainen\) katsoi tiliotettasi: helmikuu 2018\.$/);
  await expect(page.locator('main')).toContainText('Sanna Räsänen (omainen) katsoi budjettiasi.');
  await expect(page.locator('main')).not.toContainText('Matti Räsänen (');
  await checkHere(page, 'who looked, fi, 320 px');

  await usePreferences(page, 'en', true);
  await expect(page.locator('h1')).toHaveText('Who looked at your data');
  await expect(lines.first()).toHaveText(/^At \d\d:\d\d Sanna Räsänen \(relative\) looked at your statement for February 2018\.$/);
  await checkHere(page, 'who looked, en easy-read, 320 px');
  await usePreferences(page, 'fi');
  await context.close();
});
