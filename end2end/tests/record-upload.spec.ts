import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, tabToMenuLink, focusedName, withAxe } from './helpers';

// Kotipiha's office, with the keyboard only and without JavaScript, on a phone: from Our records
// it sends a file of three rows. Before anything is stored, the page says two would be charged
// and why the third is refused; one button stores the two, and the page shows how far storing
// got until it says the file is stored. The record ids are new each run, so a second run on the
// same portal stores its own rows.
test('a provider sends a file of records with the keyboard only, without JavaScript, at 320 px', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'kotipiha');
  await usePreferences(page, 'fi');
  const check = await withAxe(browser, 'kotipiha');

  await page.goto('/');
  await tabToMenuLink(page, 'Raporttimme');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Raporttimme: toukokuu 2018');
  await tabToText(page, 'Lähetä kirjaukset tiedostona');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Lähetä kirjaukset tiedostona');
  await check(page, 'the upload form, 320 px');

  // The template names Aino with her client number; a file is written from it.
  const template = await page.request.get('/our-records/upload/template.csv');
  const lines = (await template.text()).trim().split('\n');
  expect(lines[0]).toBe('provider_record_id,client_id,client_name,product,date,units,unit_price');
  const aino = lines.find((l) => l.includes('Aino Kettunen') && l.includes('day-activities'))!.split(',')[1];
  const run = Date.now();
  const file = [
    'provider_record_id;client_id;product;date;units;unit_price',
    `e2e-${run}-1;${aino};day-activities;21.5.2018;1;75,00`,
    `e2e-${run}-2;${aino};day-activities;22.5.2018;1;75,00`,
    `e2e-${run}-3;${aino};day-activities;23.5.2018;0;75,00`,
  ].join('\n');

  await tabTo(page, async () => (await focusedName(page)) === 'file', 'the file field');
  await page.locator('#field-file').setInputFiles({ name: 'toukokuu.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await tabToText(page, 'Tarkista tiedosto');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Tarkista ennen tallennusta: toukokuu.csv');
  await expect(page.locator('main .lead')).toContainText('Tiedostossa on 3 riviä. Mitään ei ole vielä tallennettu.');
  await expect(page.locator('main')).toContainText('2 kirjausta veloitetaan asiakkaiden budjeteista');
  await expect(page.locator('main')).toContainText(`Rivi 4 (tunnisteenne e2e-${run}-3): hylätään. Kirjoita päivien tai tuntien määrä`);
  await check(page, 'the file checked, 320 px');

  await tabToText(page, 'Tallenna 2 kirjausta');
  await page.keyboard.press('Enter');
  // Storing goes on after the answer; the page's link shows how far it got.
  for (let i = 0; i < 40 && !(await page.locator('h1').textContent())?.startsWith('Tallennettu'); i++) {
    await expect(page.locator('h1')).toHaveText(/^(Tallennetaan|Tallennettu): toukokuu.csv$/);
    await page.waitForTimeout(250);
    await page.reload();
  }
  await expect(page.locator('h1')).toHaveText('Tallennettu: toukokuu.csv');
  await expect(page.locator('main .lead')).toHaveText('Tiedosto on tallennettu: 2 kirjausta.');
  await check(page, 'the file stored, 320 px');

  await tabToText(page, 'Katso kuukauden toukokuu 2018 kirjaukset');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Raporttimme: toukokuu 2018');
  await expect(page.locator('main')).toContainText(`Oma tunnisteenne: e2e-${run}-1`);
  await context.close();
});
