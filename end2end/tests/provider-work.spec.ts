import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabToText, tabToMenuLink, withAxe } from './helpers';

// Kotipiha's office, with the keyboard only and without JavaScript, on a phone: it opens Our
// clients from the menu and finds Aino there, then Our records, which opens on this month
// (nothing reported yet in the demo), and goes to the month before to read what was charged.
test('a provider reads its clients and its records with the keyboard only, without JavaScript, at 320 px', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'kotipiha');
  await usePreferences(page, 'fi');
  const check = await withAxe(browser, 'kotipiha');

  await page.goto('/');
  await tabToMenuLink(page, 'Asiakkaamme');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Asiakkaamme');
  await expect(page.locator('main .card h3', { hasText: 'Aino Kettunen' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Päivätoiminta: 15.1.2018');
  await check(page, 'our clients, 320 px');

  await tabToMenuLink(page, 'Raporttimme');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Raporttimme: toukokuu 2018');
  await tabToText(page, 'Aiempi: huhtikuu 2018');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Raporttimme: huhtikuu 2018');
  await expect(page.locator('main')).toContainText('Kaikki kuukauden kirjaukset on veloitettu.');
  await expect(page.locator('main')).toContainText('1.4.2018, Aino Kettunen, Päivätoiminta: 1 x 75,00');
  await check(page, 'our records of April, 320 px');
  await context.close();
});
