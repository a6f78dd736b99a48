import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, tabToMenuLink, focusedName, withAxe } from './helpers';

// A small provider, with the keyboard only and without JavaScript, on a phone: from the sign-in
// page it opens the application, types a business ID with a wrong check digit and sees the error
// beside the field with everything else kept; corrected, the application is sent and its own
// page says it waits. Then Olli finds it under Applications and accepts it, and the provider's
// page says so. The name is new each run, so a second run on the same portal applies anew.
test('a provider applies and the organiser accepts it, with the keyboard only, without JavaScript, at 320 px', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await usePreferences(page, 'fi');
  const check = await withAxe(browser, null);
  const name = `Testihoiva ${Date.now()} Oy`;

  await tabToText(page, 'Hae palveluntuottajarekisteriin');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Hae palveluntuottajarekisteriin');
  await check(page, 'the application form, 320 px');

  const type = async (field: string, text: string) => {
    await tabTo(page, async () => (await focusedName(page)) === field, field);
    await page.keyboard.type(text);
  };
  await type('name', name);
  await type('business-id', '1234567-2');
  await type('municipality', 'Lieksa');
  await type('contact-name', 'Kalle Koli');
  await type('contact-code', '010180-9026');
  await type('email', 'kalle@testihoiva.example');
  await type('price-day-activities', '70,00');
  await type('place-name', 'Testitupa');
  await type('place-address', 'Kolintie 5');
  await type('place-postal-code', '83960');
  await type('place-municipality', 'Lieksa');
  await tabTo(page, async () => (await focusedName(page)) === 'language-fi', 'Finnish');
  await page.keyboard.press('Space');
  await type('iban', 'FI21 1234 5600 0007 85');
  await type('bic', 'NDEAFIHH');
  await type('permit', 'Rekisteri 2018-0500');
  await page.keyboard.press('Enter');

  await expect(page.locator('#field-business-id-error')).toContainText('Tarkistakaa Y-tunnus');
  await expect(page.locator('#field-name')).toHaveValue(name);
  await expect(page.locator('#field-iban')).toHaveValue('FI21 1234 5600 0007 85');
  await check(page, 'the application form with an error, 320 px');
  await tabTo(page, async () => (await focusedName(page)) === 'business-id', 'the business ID');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1234567-1');
  await tabToText(page, 'Lähetä hakemus');
  await page.keyboard.press('Enter');

  await expect(page.locator('h1')).toHaveText(`Hakemus: ${name}`);
  await expect(page.locator('[role=status]')).toContainText('Hakemuksenne on lähetetty.');
  await expect(page.locator('main .lead')).toHaveText('Hyvinvointialue käsittelee hakemustanne.');
  await check(page, 'the application sent, 320 px');
  const link = page.url().replace(/\?sent$/, '');

  const olli = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const office = await olli.newPage();
  await signIn(office, 'olli');
  await usePreferences(office, 'fi');
  await office.goto('/');
  await tabToMenuLink(office, 'Hakemukset');
  await office.keyboard.press('Enter');
  await expect(office.locator('h1')).toHaveText('Hakemukset palveluntuottajarekisteriin');
  await tabToText(office, name);
  await office.keyboard.press('Enter');
  await expect(office.locator('h1')).toHaveText(`Hakemus: ${name}`);
  await expect(office.locator('main')).toContainText('1234567-1 (tarkistusnumerot oikein)');
  await tabToText(office, `Hyväksy ${name}`);
  await office.keyboard.press('Enter');
  await expect(office.locator('main .lead')).toContainText('Hyväksytty: palveluntuottaja on rekisterissä');
  // In Find a provider at once, with its price.
  await tabToText(office, 'Katso palveluntuottaja rekisterissä');
  await office.keyboard.press('Enter');
  await expect(office.locator('h1')).toHaveText(name);
  await expect(office.locator('main')).toContainText('70,00');
  // The other browser tests on this portal count the providers Find a provider offers: this one
  // leaves the registry again, as the organiser would take a provider out.
  const id = office.url().split('/').pop();
  const out = await office.request.put(`/api/v1/providers/${id}/active`, {
    headers: { Authorization: 'Bearer demo-staff-token' },
    data: { active: false },
  });
  expect(out.status()).toBe(200);
  await olli.close();

  await page.goto(link);
  await expect(page.locator('main .lead')).toContainText('Hakemuksenne on hyväksytty.');
  await expect(page.locator('main')).toContainText('hyväksyi hakemuksen.');
  await context.close();
});
