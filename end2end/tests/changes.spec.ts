import { test, expect } from '@playwright/test';
import {
  signIn,
  usePreferences,
  expectNoAxeViolations,
  expectLargeTargets,
  expectNoSidewaysScroll,
  tabTo,
  tabToText,
  focusedLabel,
  withAxe,
} from './helpers';

const NBSP = '\u00a0';

test('Aino changes provider with the keyboard only, without JavaScript, at 320 px, and cancels', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'fi');
  const checkHere = await withAxe(browser, 'aino');

  await tabToText(page, 'Vaihda palveluntuottajaa');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Minkä palvelun tuottajan haluat vaihtaa?');
  await expect(page.locator('.step-count')).toHaveText('Vaihe 1/4');
  await checkHere(page, 'step 1');

  // Continue without an answer: the question comes back with the error first.
  await tabToText(page, 'Jatka');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText('Valitse palvelu, jonka tuottajan haluat vaihtaa.');
  await expect(page).toHaveTitle(/^Virhe: /);
  await checkHere(page, 'step 1 with an error');

  await tabTo(page, async () => (await focusedLabel(page)) === 'Päivätoiminta – Kotipiha Oy', 'the day activities');
  await page.keyboard.press('Space');
  await tabToText(page, 'Jatka');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kuka antaa palvelun tästä eteenpäin?');
  await expect(page.locator('.choice', { hasText: 'Taidetalo Tuike' })).toContainText(`Maksaa sinulle noin 48,00${NBSP}€ lisää kuukaudessa.`);
  await checkHere(page, 'step 2');
  await tabTo(page, async () => (await focusedLabel(page)) === 'Taidetalo Tuike', 'Taidetalo Tuike');
  await page.keyboard.press('Space');
  await tabToText(page, 'Jatka');
  await page.keyboard.press('Enter');

  await expect(page.locator('h1')).toHaveText('Mikä muuttuu');
  const timeline = page.locator('.timeline > li');
  await expect(timeline.nth(1).locator('h2')).toHaveText('10.6.2018');
  await expect(timeline.nth(2).locator('h2')).toHaveText('11.6.2018');
  await expect(timeline.nth(2)).toContainText(`Sen jälkeen: Maksaa sinulle noin 48,00${NBSP}€ lisää kuukaudessa.`);
  await checkHere(page, 'step 3');
  await tabToText(page, 'Jatka');
  await page.keyboard.press('Enter');

  await expect(page.locator('h1')).toHaveText('Tarkista vastauksesi');
  await checkHere(page, 'step 4');
  // "Change" goes back to the question with the answer kept, and on again.
  await tabToText(page, 'Muuta Uusi palveluntuottaja');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Taidetalo Tuike')).toBeChecked();
  await tabToText(page, 'Jatka');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Mikä muuttuu');
  await tabToText(page, 'Jatka');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Tarkista vastauksesi');
  await expect(page.locator('.summary-list')).toContainText('Taidetalo Tuike');
  await tabToText(page, 'Vahvista vaihto');
  await page.keyboard.press('Enter');

  await expect(page.locator('.confirmation')).toContainText('Vaihto on tehty');
  await expect(page.locator('.confirmation')).toContainText(/Viitenumero 2018-\d{4}/);
  await expect(page.locator('.tag')).toHaveText('Odottaa alkamista');
  await checkHere(page, 'receipt');
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Palveluntuottajan vaihto');

  await tabToText(page, 'Peru tämä vaihto');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Haluatko perua tämän vaihdon?');
  await checkHere(page, 'cancel question');
  await tabToText(page, 'Kyllä, peru vaihto');
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText('Vaihto on peruttu');
  await expect(page.locator('.tag')).toHaveText('Peruttu');

  await page.goto('/my-changes');
  await expect(page.locator('.cards li').first()).toContainText('Päivätoiminta: Kotipiha Oy → Taidetalo Tuike');
  await checkHere(page, 'my changes');
  await context.close();
});

test('Elsa chooses a provider from its page in Swedish easy-read; Back keeps her answers', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'elsa');
  await usePreferences(page, 'sv', true);
  await page.goto('/providers?product=supported-housing&municipality=Joensuu');
  await page.getByRole('link', { name: 'Kotipiha Oy' }).click();
  await page.getByRole('link', { name: 'Välj den här producenten' }).click();
  await expect(page.locator('h1')).toHaveText('Vilken tjänst vill du få av någon annan?');
  await page.getByLabel('Stött boende: Joensuun Tukikoti').check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  // The provider chosen on its page is already ticked.
  await expect(page.getByLabel('Kotipiha Oy')).toBeChecked();
  await page.getByRole('link', { name: 'Tillbaka' }).click();
  await expect(page.getByLabel('Stött boende: Joensuun Tukikoti')).toBeChecked();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.locator('.lead')).toHaveText(/Vi säger till den gamla producenten i dag/);
  await expectNoAxeViolations(page, 'what will change, sv easy-read');
  await page.getByRole('link', { name: 'Fortsätt' }).click();
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Titta på dina svar');
  // A double click makes one change.
  await page.getByRole('button', { name: 'Gör bytet' }).dblclick();
  await expect(page.locator('.confirmation')).toContainText('Ditt byte är gjort');
  await page.goto('/my-changes');
  const pending = page.locator('.cards li', { hasText: 'Har inte börjat än' });
  await expect(pending).toHaveCount(1);
  await pending.locator('a').click();
  await expectNoAxeViolations(page, 'receipt, sv easy-read');
  await page.getByRole('link', { name: 'Ångra det här bytet' }).click();
  await expectNoAxeViolations(page, 'cancel question, sv easy-read');
  await page.getByRole('button', { name: 'Ja, ångra bytet' }).click();
  await expect(page.locator('.confirmation')).toContainText('Ditt byte är ångrat');
  await usePreferences(page, 'sv', false);
  await context.close();
});

test('Leena leaves the personal budget in English with the keyboard, and says why on the second try', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'leena');
  await usePreferences(page, 'en');
  const checkHere = await withAxe(browser, 'leena');
  await tabToText(page, 'Leave the personal budget');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Leave the personal budget');
  await expect(page.locator('.plain-list')).toContainText('Your personal budget ends on 10 June 2018.');
  await checkHere(page, 'leave');
  await tabToText(page, 'Yes, I want to leave the personal budget');
  await page.keyboard.press('Enter');

  await expect(page.locator('.confirmation h1')).toHaveText('You are leaving the personal budget');
  await expect(page.locator('.facts')).toContainText('10 June 2018');
  await checkHere(page, 'left, with the question why');
  await tabTo(page, async () => (await focusedLabel(page)) === 'I am moving', 'a reason');
  await page.keyboard.press('Space');
  await tabTo(page, async () => (await page.evaluate(() => document.activeElement?.tagName)) === 'TEXTAREA', 'own words');
  const long = 'word '.repeat(201).trim();
  await page.keyboard.insertText(long);
  await tabToText(page, 'Send the answer');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText('Your answer is too long. Write at most 1000 characters.');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('textarea')).toHaveValue(long);
  await expect(page.getByLabel('I am moving')).toBeChecked();
  // The error is shown once, to this window only: the twin could not see it.
  await expectLargeTargets(page, 'the question why with an error');
  await expectNoSidewaysScroll(page, 'the question why with an error');
  await page.locator('textarea').fill('I move to Oulu.');
  await page.locator('textarea').press('Tab');
  await tabToText(page, 'Send the answer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Thank you for your answer.');
  await expect(page.locator('textarea')).toHaveCount(0);
  await context.close();
});
