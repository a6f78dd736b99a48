import { test, expect } from '@playwright/test';
import { signIn, usePreferences } from './helpers';

const NBSP = '\u00a0';

/** "3 600,00 €" or "€3,600.00" as cents: the separator before the last two digits is the decimal one. */
function cents(text: string): number {
  const m = text.trim().match(/^([\u2212-]?)\D*([\d\s\u00a0,.]*?)[.,](\d{2})\D*$/);
  if (!m) throw new Error(`not an amount: ${text}`);
  const value = parseInt(m[2].replace(/\D/g, '') || '0', 10) * 100 + parseInt(m[3], 10);
  return m[1] ? -value : value;
}

test('Aino sees her whole budget, what is left and that it lasts, in Finnish', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'fi');
  await expect(page.locator('h1')).toHaveText('Sinun budjettisi');
  await expect(page.locator('.summary__headline')).toHaveText(`Sinulla on jäljellä 29${NBSP}919,85${NBSP}€.`);
  await expect(page.locator('.summary')).toContainText('raha riittää budjetin loppuun 31.12.2018 asti');
  await expect(page.locator('.figures').first()).toContainText(`42${NBSP}770,97${NBSP}€`);
  // The chart is described by the sentence before it, and the table has the same months.
  const chart = page.locator('figure.chart svg');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(page.locator('#months-summary')).toContainText('huhtikuu 2018');
  await expect(page.locator('table tbody tr')).toHaveCount(12);
  await context.close();
});

test('a monthly statement adds up, and prints without the page frame', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'en');
  await page.getByRole('link', { name: 'March 2018' }).click();
  await expect(page.locator('h1')).toHaveText('Statement for March 2018');
  const charged = await page.locator('tbody tr td:nth-child(4)').allTextContents();
  const ownShare = await page.locator('tbody tr td:nth-child(5)').allTextContents();
  expect(charged.length).toBeGreaterThan(0);
  const totalCharged = cents(await page.locator('[data-total=charged]').innerText());
  const totalOwn = cents(await page.locator('[data-total=own-share]').innerText());
  expect(charged.map(cents).reduce((a, b) => a + b, 0)).toBe(totalCharged);
  expect(ownShare.map(cents).reduce((a, b) => a + b, 0)).toBe(totalOwn);
  expect(totalCharged).toBe(360000);
  await expect(page.locator('.statement__left')).toHaveText("After March 2018, €33,619.85 of the budget's €42,770.97 was left.");
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-only')).toHaveText('Client: Aino Kettunen');
  await expect(page.locator('table')).toBeVisible();
  await context.close();
});

test('with JavaScript off the budget, a statement and the decision all work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'sv');
  await expect(page.locator('.summary__headline')).toHaveText(`Du har 29${NBSP}919,85${NBSP}€ kvar.`);
  await page.getByRole('link', { name: 'april 2018' }).click();
  await expect(page.locator('h1')).toHaveText('Utdrag för april 2018');
  await page.getByRole('navigation').getByRole('link', { name: 'Mitt beslut' }).click();
  await expect(page.locator('h1')).toHaveText('Ditt beslut');
  await expect(page.locator('.figures').first()).toContainText(`42${NBSP}770,97${NBSP}€`);
  await context.close();
});

test('the budget page is server HTML, its only island the sign-in warning, and a link loads the next page with its data', async ({ browser }) => {
  // Without JavaScript, so that everything checked here is the server's HTML.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'en');
  await page.reload();
  const islands = await page.locator('leptos-island').evaluateAll((all) => all.map((i) => (i as HTMLElement).dataset.component ?? ''));
  expect(islands.map((name) => name.replace(/_\d+$/, ''))).toEqual(['SessionClock']);
  await expect(page.locator('.summary__headline')).toHaveText('You have €29,919.85 left.');
  await page.getByRole('navigation').getByRole('link', { name: 'My decision' }).click();
  await expect(page.locator('h1')).toHaveText('Your decision');
  await expect(page.locator('.figures').first()).toContainText('€42,770.97');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'My decision' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.locator('.summary__headline')).toHaveText('You have €29,919.85 left.');
  await context.close();
});

test('the budget can be read with the keyboard alone, from the skip link to a statement', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'en');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab on through the main content until the link to the April statement has focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'April 2018') break;
  }
  await expect(page.getByRole('link', { name: 'April 2018' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Statement for April 2018');
  await context.close();
});
