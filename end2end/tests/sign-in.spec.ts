import { test, expect } from '@playwright/test';
import { setPreferences, tabToText } from './helpers';

test('a client signs in and out with the keyboard only', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await setPreferences(context, baseURL!, 'fi', false);
  const page = await context.newPage();
  await page.goto('/sign-in');

  // The skip link is the first stop and takes you past the header to strong identification,
  // then to the demo's password form.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Tunnistaudu', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#field-username')).toBeFocused();
  await page.keyboard.type('matti');
  await page.keyboard.press('Tab');
  await expect(page.locator('#field-password')).toBeFocused();
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');

  // A client's front page is their budget; the header says who is signed in.
  await expect(page.locator('h1')).toHaveText('Sinun budjettisi');
  await expect(page.locator('.signed-in')).toContainText('Kirjautunut: Matti Räsänen');

  // Skip link, portal name, the links of the menu (open on a wide screen), then "Sign out".
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.site-name')).toBeFocused();
  await tabToText(page, 'Kirjaudu ulos');
  await expect(page.locator('.sign-out button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Henkilökohtainen budjettisi');
  await context.close();
});

test('signing in works with JavaScript turned off, and errors keep what was typed', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await setPreferences(context, baseURL!, 'en', false);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Show password' })).toHaveCount(0);

  await page.getByLabel('User name').fill('elsa');
  await page.getByLabel('Password', { exact: true }).fill('not-her-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText('The user name or password is wrong. Check them and try again.');
  await expect(page.getByLabel('User name')).toHaveValue('elsa');
  await expect(page).toHaveTitle(/^Error: Sign in/);

  await page.getByLabel('Password', { exact: true }).fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Elsa's profile says Swedish, so the portal now speaks Swedish.
  await expect(page.locator('h1')).toHaveText('Din budget');
  await expect(page.locator('.signed-in')).toContainText('Elsa Lindqvist');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.locator('h1')).toHaveText('Din personliga budget');
  await context.close();
});

test('the password can be shown once the page is interactive, and pasted', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await setPreferences(context, baseURL!, 'en', false);
  const page = await context.newPage();
  await page.goto('/sign-in');
  const password = page.getByLabel('Password', { exact: true });
  const show = page.getByRole('button', { name: 'Show password' });
  await expect(show).toBeVisible(); // appears only after hydration
  await expect(show).toHaveAttribute('aria-pressed', 'false');

  await password.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'pasted-secret');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await password.fill('pasted-secret');
  await show.click();
  await expect(password).toHaveAttribute('type', 'text');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await show.click();
  await expect(password).toHaveAttribute('type', 'password');
  await context.close();
});

test('with forced colours (Windows contrast themes) a focused button still shows its ring', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ forcedColors: 'active' });
  await setPreferences(context, baseURL!, 'en', false);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.locator('#field-password').focus();
  // Forward from the password: "Show password" (once the page is live), then "Sign in".
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('type'))) === 'submit') break;
  }
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), text: document.activeElement!.textContent };
  });
  expect(ring.text).toContain('Sign in');
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(3);
  await context.close();
});
