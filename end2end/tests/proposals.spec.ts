import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, tabToMenuLink, focusedLabel, withAxe } from './helpers';

// Eeva reads easy-read Finnish. With the keyboard only and without JavaScript she proposes fewer
// days of day activities and more hours of assistance from June, sees what it means, and sends
// it; Helena refuses it with a reason, and Eeva reads the reason on her plan page. A refusal
// changes no decision, so the other files' demo data stays as it was.
test('Eeva proposes a change with the keyboard only, Helena refuses it with a reason, and Eeva reads it', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'eeva');
  await usePreferences(page, 'fi', true);
  const checkEeva = await withAxe(browser, 'eeva');

  await page.goto('/my-plan');
  await tabToText(page, 'Kerro, mitä haluat muuttaa');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Käytä rahaasi toisella tavalla');
  await expect(page.locator('#field-day-activities-units')).toHaveValue('10');
  await expect(page.locator('#field-personal-assistance-units')).toHaveValue('20');
  await checkEeva(page, 'the proposal form, easy-read, 320 px');

  await tabTo(page, async () => (await focusedLabel(page)).startsWith('Päivätoiminta'), 'day activities');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('6');
  await tabTo(page, async () => (await focusedLabel(page)).startsWith('Henkilökohtainen apu'), 'assistance');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('28');
  await tabToText(page, 'Katso, mitä se tarkoittaa');
  await page.keyboard.press('Enter');
  // 10 -> 6 days at 75 € and 20 -> 28 hours at 24.50 €: 1 240 € -> 1 136 € in June (B5).
  const effect = page.locator('section[aria-labelledby=effect-title]');
  await expect(effect).toContainText(/nämä maksavat nyt 1\s240,00\s€\. Muutoksen jälkeen ne maksavat 1\s136,00\s€\./);
  await expect(page.locator('#field-day-activities-units')).toHaveValue('6');
  await checkEeva(page, 'what the proposal means, easy-read, 320 px');

  await tabTo(page, async () => (await focusedLabel(page)).startsWith('Miksi haluat tämän?'), 'why');
  await page.keyboard.type('Haluan käydä uimassa avustajan kanssa.');
  await tabToText(page, 'Lähetä');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Sinun suunnitelmasi');
  await expect(page.locator('main')).toContainText('Lähetit sen. Päätöksen tekijä vastaa.');
  await expect(page.locator('main')).toContainText('Odotat vastausta.');
  await checkEeva(page, 'my plan with the proposal sent, easy-read, 320 px');

  const deciding = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const helena = await deciding.newPage();
  await signIn(helena, 'helena');
  await usePreferences(helena, 'fi');
  const checkHelena = await withAxe(browser, 'helena');
  await tabToMenuLink(helena, 'Tehtävät päätökset');
  await helena.keyboard.press('Enter');
  await expect(helena.locator('h1')).toHaveText('Tehtävät päätökset');
  await expect(helena.locator('main')).toContainText('Lähetti Eeva Huttunen');
  await tabToText(helena, 'Vastaa: Eeva Huttunen');
  await helena.keyboard.press('Enter');
  await expect(helena.locator('h1')).toHaveText('Ehdotus: Eeva Huttunen');
  await expect(helena.locator('main')).toContainText('Haluan käydä uimassa avustajan kanssa.');
  await checkHelena(helena, 'a proposal to answer, 320 px');
  // The first choice is "accept"; the arrow key moves to "refuse", as in any group of choices.
  await tabTo(helena, async () => (await focusedLabel(helena)).startsWith('Hyväksy'), 'accept');
  await helena.keyboard.press('ArrowDown');
  await expect(helena.locator('input[name=answer][value=refuse]')).toBeChecked();
  await tabTo(helena, async () => (await focusedLabel(helena)) === 'Perustelusi', 'the reason');
  await helena.keyboard.type('Kysy ensin palveluohjaajalta, riittääkö päivätoiminta kuutena päivänä.');
  await tabToText(helena, 'Tallenna vastaus');
  await helena.keyboard.press('Enter');
  await expect(helena.locator('main')).toContainText('Hylkäsit ehdotuksen: Eeva Huttunen.');
  await checkHelena(helena, 'decisions after answering, 320 px');
  await deciding.close();

  await page.goto('/my-plan');
  await expect(page.locator('main')).toContainText('Helena Laine sanoi ei');
  await expect(page.locator('main')).toContainText('Kysy ensin palveluohjaajalta, riittääkö päivätoiminta kuutena päivänä.');
  await context.close();
});
