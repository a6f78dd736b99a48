import { test, expect, Page } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, focusedLabel, withAxe, expectNoAxeViolations } from './helpers';

/** The workspace's card of one client. */
const card = (page: Page, name: string) => page.locator('li.card', { has: page.locator('h2', { hasText: name }) });

test('Riikka, with the keyboard only and without JavaScript, records a contact with Leena after a wrong try, then opens Matti\'s pages read-only, and Matti sees her look', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'riikka');
  await usePreferences(page, 'fi');
  const checkHere = await withAxe(browser, 'riikka');

  await tabToText(page, 'Asiakkaani');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Asiakkaani');
  await expect(card(page, 'Veikko Hirvonen')).toContainText('Budjetti ei riitä loppuun tällä tahdilla.');
  await expect(card(page, 'Veikko Hirvonen')).toContainText('Päivälle 2.5.2018 sovittua yhteydenottoa ei ole kirjattu.');
  await expect(card(page, 'Leena Turunen')).toContainText('Yksi palvelukirjaus odottaa tarkistusta.');
  await expect(page.locator('main')).not.toContainText('Eeva');
  await checkHere(page, 'my clients, 320 px');

  await tabToText(page, 'Kirjaa yhteydenotto: Leena Turunen');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kirjaa yhteydenotto: Leena Turunen');
  await expect(page.locator('#field-day')).toHaveValue('10.5.2018');
  await checkHere(page, 'record a contact, 320 px');

  // Minutes wrong and no channel: both errors come back, and what was typed stays.
  await tabTo(page, async () => (await focusedLabel(page)) === 'Kuinka monta minuuttia', 'minutes');
  await page.keyboard.type('0');
  await tabToText(page, 'Kirjaa yhteydenotto');
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Kirjoita minuutit kokonaislukuna 1–480');
  await expect(summary).toContainText('Valitse, miten yhteydenotto tapahtui');
  await expect(page.locator('#field-minutes')).toHaveValue('0');
  await expect(page.locator('#field-minutes')).toHaveAttribute('aria-invalid', 'true');

  await tabTo(page, async () => (await focusedLabel(page)) === 'Kuinka monta minuuttia', 'minutes');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Tapaaminen');
  await page.keyboard.press('ArrowDown');
  expect(await focusedLabel(page)).toBe('Puhelu');
  await tabTo(page, async () => (await focusedLabel(page)) === 'Seuraava sovittu yhteydenotto (vapaaehtoinen)', 'next contact');
  await page.keyboard.type('7.6.2018');
  await tabToText(page, 'Kirjaa yhteydenotto');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notice')).toHaveText('Yhteydenotto asiakkaan Leena Turunen kanssa on kirjattu.');
  await expect(card(page, 'Leena Turunen')).toContainText('Seuraava sovittu yhteydenotto: 7.6.2018');

  await tabToText(page, 'Avaa asiakkaan Matti Räsänen sivut');
  await page.keyboard.press('Enter');
  const banner = page.locator('.helping-banner');
  await expect(banner).toContainText('Katsot asiakkaasi Matti Räsänen sivuja palveluohjaajana. Voit vain katsoa, et muuttaa mitään.');
  await expect(page.locator('h1')).toContainText('Matti Räsänen');
  expect((await page.goto('/change-provider'))?.status()).toBe(404);
  await page.goto('/');
  await tabToText(page, 'Takaisin asiakkaisiini');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Asiakkaani');
  await expect(banner).toHaveCount(0);
  await page.locator('.sign-out button').click();
  await context.close();

  const client = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const matti = await client.newPage();
  await signIn(matti, 'matti');
  await usePreferences(matti, 'fi');
  await matti.goto('/who-looked');
  await expect(matti.locator('main')).toContainText('Riikka Savolainen (palveluohjaaja) katsoi budjettiasi.');
  await expect(matti.locator('main')).toContainText('Riikka Savolainen (palveluohjaaja) näki budjettisi tilanteen palveluohjaajan asiakaslistassa.');
  await client.close();
});

test('the contact and mandate forms with their errors, and a client\'s budget under the counsellor\'s banner: axe finds nothing at 320 and 1280 px', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'riikka');
  for (const [lang, easyRead] of [['fi', false], ['sv', false], ['en', true]] as const) {
    await usePreferences(page, lang, easyRead);
    await page.goto('/clients/3/contact');
    await page.locator('#field-day').fill('');
    await page.locator('form.form button[type=submit]').click();
    await expect(page.locator('.error-summary li')).toHaveCount(3);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoAxeViolations(page, `contact form errors, ${lang}, ${width} px`);
    }
    await page.goto('/clients/3/mandates');
    await page.locator('form.form button[type=submit]').click();
    await expect(page.locator('.error-summary li')).toHaveCount(2);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoAxeViolations(page, `mandate form errors, ${lang}, ${width} px`);
    }
    await page.goto('/clients');
    await card(page, 'Matti Räsänen').locator('form button').click();
    await expect(page.locator('.helping-banner')).toContainText('Matti Räsänen');
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoAxeViolations(page, `Matti's budget as his counsellor, ${lang}, ${width} px`);
    }
  }
  await usePreferences(page, 'fi');
  await context.close();
});
