import { test, expect, Locator, Page } from '@playwright/test';
import { openMenu, setPreferences, signIn, usePreferences } from './helpers';

// Pictograms help people who read little find their way: one beside each link of the menu and
// one on each client page's main action, always with the words, which alone name the link or
// button for a screen reader.

/** The action shows its pictogram, drawn (the file loaded), as decoration beside the words. */
async function expectPictogramBeside(action: Locator, file: string, words: string | RegExp) {
  await expect(action).toHaveAccessibleName(words);
  const picture = action.locator('img.pictogram');
  await expect(picture).toHaveAttribute('src', `/pictograms/openmoji/${file}.svg`);
  await expect(picture).toHaveAttribute('alt', '');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

async function mainAction(page: Page, path: string, name: string | RegExp) {
  await page.goto(path);
  return page.locator('main').getByRole('button', { name }).or(page.locator('main').getByRole('link', { name })).first();
}

test('each client page\'s main action has its pictogram beside the words, in easy-read too', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await setPreferences(context, baseURL!, 'fi', false);
  const page = await context.newPage();
  await page.goto('/');
  await expectPictogramBeside(page.locator('main .button'), '1F511', 'Kirjaudu sisään');
  await signIn(page, 'aino');
  await usePreferences(page, 'fi');

  await expectPictogramBeside(await mainAction(page, '/providers', 'Näytä palveluntuottajat'), '1F50D', 'Näytä palveluntuottajat');
  await expectPictogramBeside(await mainAction(page, '/providers', 'Vertaa valittuja'), '2696', 'Vertaa valittuja');
  await page.locator('main .results a').first().click();
  await expectPictogramBeside(page.locator('main a.button').first(), '1F504', 'Valitse tämä palveluntuottaja');
  await expectPictogramBeside(await mainAction(page, '/helpers', 'Anna katsoa portaaliani'), '1F91D', 'Anna katsoa portaaliani');
  const leave = /^Kyllä, haluan luopua/;
  await expectPictogramBeside(await mainAction(page, '/leave', leave), '1F6AA', leave);
  await expectPictogramBeside(await mainAction(page, '/feedback', /^Vastaa: /), '1F4AC', /^Vastaa: /);
  await page.locator('main').getByRole('link', { name: /^Vastaa: / }).first().click();
  await expectPictogramBeside(page.locator('main').getByRole('button', { name: 'Lähetä', exact: true }), '2709', 'Lähetä');

  await usePreferences(page, 'fi', true);
  await expectPictogramBeside(await mainAction(page, '/helpers', 'Anna katsoa sivujani'), '1F91D', 'Anna katsoa sivujani');
  await expectPictogramBeside(await mainAction(page, '/leave', /^Kyllä, lopetan/), '1F6AA', /^Kyllä, lopetan/);
  await usePreferences(page, 'fi', false);
  await context.close();
});

test('every link of the menu has its pictogram beside the words', async ({ page }) => {
  await signIn(page, 'aino');
  await openMenu(page);
  const links = page.locator('.site-nav a');
  expect(await links.count()).toBeGreaterThan(5);
  for (const link of await links.all()) {
    const picture = link.locator('img.pictogram');
    await expect(picture).toHaveAttribute('alt', '');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect((await link.innerText()).trim().length, 'words beside the pictogram').toBeGreaterThan(2);
  }
});
