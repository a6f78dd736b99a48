import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, tabToMenuLink, focusedName, withAxe } from './helpers';

// Kotipiha's office, with the keyboard only and without JavaScript, on a phone: it opens Our
// clients from the menu and finds Aino there, then Our records, which opens on this month
// (nothing reported yet in the demo), and goes to the month before to read what was charged.
// Then it reports a day of activities with the form: a date typed wrong comes back beside its
// field with everything else kept; put right, the record is stored and shown in its month.
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

  await tabToText(page, 'Raportoi palvelu');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Raportoi palvelu');
  await tabTo(page, async () => (await focusedName(page)) === 'service', 'the service');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#field-service')).toHaveValue('day-activities');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9.13.2018');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('75,00');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-date-error')).toContainText('Kirjoita päivä muodossa päivä.kuukausi.vuosi');
  await expect(page.locator('#field-service')).toHaveValue('day-activities');
  await expect(page.locator('#field-price')).toHaveValue('75,00');
  await check(page, 'the report form with an error, 320 px');

  await tabTo(page, async () => (await focusedName(page)) === 'date', 'the date');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9.5.2018');
  await tabToText(page, 'Raportoi palvelu');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Raporttimme: toukokuu 2018');
  await expect(page.locator('[role=status]')).toContainText('Kirjaus on tallennettu.');
  await expect(page.locator('[role=status]')).toContainText('9.5.2018, Aino Kettunen, Päivätoiminta: 1 x 75,00');
  await context.close();
});
