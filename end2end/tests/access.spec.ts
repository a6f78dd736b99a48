import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, tabToMenuLink, tabToSetting, pressSetting, signOut, focusedLabel, focusedName, withAxe, axeAt, expectNoAxeViolations, expectLargeTargets, expectNoSidewaysScroll } from './helpers';

test('Matti sees, with the keyboard only and without JavaScript, that Sanna looked at his budget', async ({ browser }) => {
  test.setTimeout(120_000);
  // Sanna acts for Matti: her looks at his budget and a statement go to his log, with why she could.
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
  await tabToMenuLink(page, 'Kuka katsoi tietojani');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kuka katsoi tietojasi');
  const lines = page.locator('ul.looks > li');
  await expect(lines.first()).toHaveText(/^Klo \d\d\.\d\d Sanna Räsänen \(omainen\) katsoi tiliotettasi: helmikuu 2018\. Syy: hän hoitaa asioitasi valtuutuksella\.$/);
  // Her looks at the budget that day make one line, however many there were.
  await expect(page.locator('main')).toContainText(/Sanna Räsänen \(omainen\) katsoi budjettiasi( \d+ kertaa)?\./);
  await expect(page.locator('main')).not.toContainText('Matti Räsänen (');
  await checkHere(page, 'who looked, fi, 320 px');
  // "Valtuutus" is explained where it first appears: the link leads to the word in the glossary.
  await tabToText(page, 'Mikä on valtuutus?');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary#mandate$/);
  await expect(page.locator('#mandate')).toHaveText('Valtuutus');
  await expect(page.locator('#mandate + dd')).toContainText('Palveluohjaajasi kirjaa valtuutuksen');
  await page.goBack();

  await usePreferences(page, 'en', true);
  await expect(page.locator('h1')).toHaveText('Who looked at your data');
  await expect(lines.first()).toHaveText(/^At \d\d:\d\d relative Sanna Räsänen looked at your statement for February 2018\. They may handle your matters\.$/);
  await checkHere(page, 'who looked, en easy-read, 320 px');
  await usePreferences(page, 'fi');
  await context.close();
});

test('Aino lets Maija look for 2 hours with the keyboard only; Maija sees a read-only banner; Aino ends it and Maija sees nothing, but writes down her hours of help', async ({ browser }) => {
  test.setTimeout(120_000);
  const clientContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const aino = await clientContext.newPage();
  await signIn(aino, 'aino');
  await usePreferences(aino, 'fi');
  const checkHere = await withAxe(browser, 'aino');
  await tabToMenuLink(aino, 'Kuka auttaa minua');
  await aino.keyboard.press('Enter');
  await expect(aino.locator('h1')).toHaveText('Kuka auttaa sinua');
  await expect(aino.locator('main')).toContainText('Kukaan muu ei voi nyt katsoa portaaliasi.');
  await checkHere(aino, 'helpers, nobody yet');

  // Sending without choosing anyone: the error comes first and links to the choice.
  await tabToText(aino, 'Anna katsoa portaaliani');
  await aino.keyboard.press('Enter');
  await expect(aino.locator('.error-summary')).toContainText('Valitse, kuka saa katsoa portaaliasi.');
  await expect(aino).toHaveTitle(/^Virhe: Kuka auttaa sinua/);
  await expect(aino.locator('#hours-2')).toBeChecked();
  await tabTo(aino, async () => (await focusedLabel(aino)) === 'Maija Partanen', 'Maija');
  await aino.keyboard.press('Space');
  await expect(aino.locator('label', { hasText: 'Maija Partanen' })).toBeVisible();
  await tabToText(aino, 'Anna katsoa portaaliani');
  await aino.keyboard.press('Enter');
  await expect(aino.locator('.notice')).toContainText('Valmis.');
  await expect(aino.locator('main')).toContainText(/Maija Partanen voi katsoa portaaliasi \d+\.\d+\.\d{4} klo\s\d\d\.\d\d asti\./);
  await checkHere(aino, 'helpers, Maija can look');

  const helperContext = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const maija = await helperContext.newPage();
  await signIn(maija, 'maija');
  await usePreferences(maija, 'fi');
  await expect(maija.locator('.helping-banner')).toHaveText(/^Katsot henkilön Aino Kettunen portaalia klo\s\d\d\.\d\d asti\. Voit vain katsoa, et muuttaa mitään\.$/);
  await maija.goto('/decision');
  await expect(maija.locator('h1')).toContainText('Aino Kettunen');
  await expect(maija.locator('.helping-banner')).toBeVisible();
  expect((await maija.goto('/change-provider'))?.status()).toBe(404);
  await maija.goto('/');
  await expectNoAxeViolations(maija, 'Maija looks at Aino\'s budget, 320 px');

  await tabToText(aino, 'Lopeta: Maija Partanen');
  await aino.keyboard.press('Enter');
  await expect(aino.locator('.notice')).toContainText('Lopetit avun.');
  await expect(aino.locator('main')).toContainText('Kukaan muu ei voi nyt katsoa portaaliasi.');

  expect((await maija.goto('/decision'))?.status()).toBe(404);
  await maija.goto('/');
  await expect(maija.locator('.helping-banner')).toHaveCount(0);
  await expect(maija.locator('main')).not.toContainText('Aino Kettunen');

  // Afterwards Maija writes down how long she helped, with the keyboard only: Aino, who let her
  // in today, is the only one to choose, and already chosen.
  await maija.goto('/help-hours');
  await expect(maija.locator('h1')).toHaveText('Tukitunnit');
  await expect(maija.locator('#field-client')).toBeChecked();
  await tabTo(maija, async () => (await focusedName(maija)) === 'hours', 'the hours');
  await maija.keyboard.type('1,5');
  await tabToText(maija, 'Tallenna tunnit');
  await maija.keyboard.press('Enter');
  await expect(maija.locator('.notice')).toHaveText('Tunnit on tallennettu.');
  await expect(maija.locator('main')).toContainText(/10\.5\.2018: Aino Kettunen, 1,5 h/);
  await expectNoAxeViolations(maija, 'Maija\'s hours of help, 320 px');

  await aino.goto('/who-looked');
  await expect(aino.locator('main')).toContainText('Maija Partanen (kokemusasiantuntija) katsoi päätöstäsi.');
  await helperContext.close();
  await clientContext.close();
});

test('Sanna acts for Matti, then with the keyboard only switches to Juho, whose matters she may only look at', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'sanna');
  await usePreferences(page, 'fi');
  const banner = page.locator('.helping-banner');
  await expect(banner).toContainText('Asioit henkilön Matti Räsänen puolesta.');
  await tabToText(page, 'Vaihda henkilöä');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kenen asioita hoidat');
  await expect(page.locator('main')).toContainText('Hoidat nyt hänen asioitaan.');
  await tabToText(page, 'Hoida: Juho Karhu');
  await page.keyboard.press('Enter');
  await expect(banner).toContainText('Katsot henkilön Juho Karhu portaalia. Voit vain katsoa, et muuttaa mitään.');
  await expect(page.locator('h1')).toContainText('Juho Karhu');
  // The banner stays on every page.
  await page.goto('/decision');
  await expect(banner).toContainText('Juho Karhu');
  await signOut(page);
  await context.close();
});

test('Matti turns on the helper view with the keyboard only, without JavaScript: no identity code, address, phone or health detail is left in the page', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'matti');
  await usePreferences(page, 'fi');
  await tabToMenuLink(page, 'Omat tiedot');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Omat tietosi');
  const main = page.locator('main');
  await expect(main).toContainText('070448-****');
  await expect(main).toContainText('Kirkkotie 14, 81100 Kontiolahti');
  await expect(main).toContainText('Palveluohjaajasi on Riikka Savolainen. Seuraava sovittu yhteydenotto on 24.5.2018.');

  await tabToSetting(page, 'Avustajanäkymä');
  await page.keyboard.press('Enter');
  await expect(page.locator('.helper-view-banner')).toHaveText('Avustajanäkymä on päällä. Henkilötunnus, osoite, puhelin ja terveystiedot on piilotettu.');
  await expect(page.locator('button[name=helper_view]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('h1')).toHaveText('Omat tietosi');
  const html = await page.content();
  for (const detail of ['070448-9049', 'Kirkkotie 14', '040 100 0004', 'epilepsia']) {
    expect(html, `${detail} is nowhere in the page`).not.toContain(detail);
  }
  await expect(main.locator('.hidden-detail')).toHaveCount(4);
  // The step of a task stands out, and the banner stays on every page.
  await page.goto('/change-provider');
  await expect(page.locator('.step-count')).toHaveText('Vaihe 1/4');
  await expect(page.locator('.helper-view-banner')).toBeVisible();
  await page.goto('/my-details');
  await tabToSetting(page, 'Avustajanäkymä');
  await page.keyboard.press('Enter');
  await expect(page.locator('.helper-view-banner')).toHaveCount(0);
  await expect(main).toContainText('070448-****');
  await context.close();
});

test('the helper view in every language and register: axe finds nothing at 320 and 1280 px, targets are large', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await page.goto('/my-details');
  await pressSetting(page, 'helper_view');
  await expect(page.locator('.helper-view-banner')).toBeVisible();
  for (const lang of ['fi', 'sv', 'en'] as const) {
    for (const easyRead of [false, true]) {
      await usePreferences(page, lang, easyRead);
      for (const path of ['/my-details', '/', '/change-provider']) {
        await page.goto(path);
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          const where = `helper view ${path} (${lang}${easyRead ? ', easy-read' : ''}, ${width} px)`;
          await expectLargeTargets(page, where);
          await expectNoSidewaysScroll(page, where);
          if (axeAt(width, lang)) await expectNoAxeViolations(page, where);
        }
      }
    }
  }
  await usePreferences(page, 'fi');
  await context.close();
});
