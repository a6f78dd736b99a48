import { test, expect } from '@playwright/test';
import { openSettings } from './helpers';

test('language, easy-read and text size switch with one press each, and are remembered', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fi-FI' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');

  await openSettings(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('h1')).toHaveText('Din personliga budget');
  // The choice shows when the settings are opened again.
  await openSettings(page);
  await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');

  await openSettings(page);
  await page.getByRole('button', { name: 'Lättläst' }).click();
  await expect(page.locator('html')).toHaveClass(/easy-read/);
  await expect(page.getByText('Du har pengar för din service.')).toBeVisible();

  await openSettings(page);
  await page.getByRole('button', { name: 'Störst' }).click();
  await expect(page.locator('html')).toHaveClass(/text-size-largest/);
  const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(fontSize).toBe('24px');

  // A new page in the same browser remembers all three.
  const again = await context.newPage();
  await again.goto('/accessibility');
  await expect(again.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(again.locator('html')).toHaveClass(/easy-read/);
  await expect(again.locator('html')).toHaveClass(/text-size-largest/);
  await context.close();
});

test('the first visit speaks the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Your personal budget');
  await context.close();
});
