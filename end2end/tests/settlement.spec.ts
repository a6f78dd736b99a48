import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabToText, tabToMenuLink, withAxe } from './helpers';

// The organiser, with the keyboard only and without JavaScript, on a phone: Settlements from the
// menu says April 2018 can be settled now (March is settled in the demo); the month's page gives
// each provider's sum, and approving it locks it. Then the list names May as next, from 1.6.2018.
test('the organiser approves a month with the keyboard only, without JavaScript, at 320 px', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'olli');
  await usePreferences(page, 'fi');
  const check = await withAxe(browser, 'olli');

  await page.goto('/');
  await tabToMenuLink(page, 'Tilitykset');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kuukausitilitykset');
  await expect(page.locator('main .lead')).toContainText('Seuraavaksi tilitetään huhtikuu 2018. Sen voi tilittää nyt:');
  await expect(page.locator('main')).toContainText('maaliskuu 2018: hyväksytty 6.4.2018, Olli Mustonen.');
  await check(page, 'settlements, 320 px');

  await tabToText(page, 'Tarkista ja hyväksy: huhtikuu 2018');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Tilitys: huhtikuu 2018');
  await expect(page.locator('main .lead')).toContainText('Ei vielä hyväksytty.');
  // Aino's housing for April and her 12 days of activities.
  await expect(page.locator('main .card', { hasText: 'Kotipiha Oy' }).locator('dd').first()).toHaveText('13');
  await check(page, 'April before approval, 320 px');

  await tabToText(page, 'Hyväksy tilitys: huhtikuu 2018');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Tilitys: huhtikuu 2018');
  await expect(page.locator('main .lead')).toContainText('Tilitys on lukittu.');
  await expect(page.getByRole('button', { name: 'Hyväksy tilitys: huhtikuu 2018' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lataa pankin maksuaineisto (ISO 20022, pain.001)' })).toBeVisible();
  await check(page, 'April approved, 320 px');

  await tabToText(page, 'Kaikki tilitykset');
  await page.keyboard.press('Enter');
  await expect(page.locator('main .lead')).toContainText('Seuraavaksi tilitetään toukokuu 2018. Sen voi tilittää 1.6.2018 alkaen.');
  await context.close();
});
