import { test, expect } from '@playwright/test';
import {
  LANGUAGES,
  signIn,
  usePreferences,
  expectNoAxeViolations,
  expectLargeTargets,
  expectNoSidewaysScroll,
  tabTo,
  tabToText,
  focusedLabel,
} from './helpers';

// "How am I doing?": Veikko answers the ten questions with the keyboard only, without JavaScript,
// at 320 px; then every step of the check, the last one included, is checked by axe in every
// language and in easy-read.

test('Veikko answers "How am I doing?" with the keyboard only, without JavaScript, at 320 px', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'veikko');
  await usePreferences(page, 'fi');

  await tabToText(page, 'Miten minulla menee? Vastaa kysymyksiin hyvinvoinnistasi');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Miten minulla menee?');
  await tabToText(page, 'Aloita');
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-count')).toHaveText('Kysymys 1/10');

  // Next without a face: the error first, and the faces marked.
  await tabToText(page, 'Seuraava');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText('Valitse yksi kasvoista');
  await expect(page.locator('fieldset.field--error')).toHaveCount(1);

  for (let n = 1; n <= 10; n++) {
    await expect(page.locator('.step-count')).toHaveText(`Kysymys ${n}/10`);
    await tabTo(page, async () => (await focusedLabel(page)) === 'Tosi huono', 'the first face');
    // Faces 2-5 in turn: the arrow keys choose within the group.
    for (let i = 0; i < 1 + (n % 4); i++) await page.keyboard.press('ArrowRight');
    await tabToText(page, 'Seuraava');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('h1')).toHaveText('Kuka saa nähdä vastauksesi?');
  // Tab lands on the choice made (not yet: "no"); the arrow key moves to "yes".
  await tabTo(page, async () => (await focusedLabel(page)) === 'Ei, vain minä näen ne', 'the choice');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#share-yes')).toBeChecked();
  await tabToText(page, 'Tallenna vastaukseni');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notice')).toHaveText('Kiitos. Vastauksesi on tallennettu.');
  await expect(page.locator('table')).toContainText('Arjen asiat kotona');
  await expect(page.locator('main')).toContainText('Olet antanut myös palveluohjaajan nähdä ne.');
  await context.close();
});

test('every step of the check, in every language and in easy-read: axe finds nothing', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'juho');
  for (const lang of LANGUAGES) {
    for (const easyRead of [false, true]) {
      await usePreferences(page, lang, easyRead);
      const where = (step: string) => `${step} (${lang}${easyRead ? ', easy-read' : ''})`;
      const check = async (step: string) => {
        await expect(page.locator('h1')).toHaveCount(1);
        await expectNoAxeViolations(page, where(step));
        await expectLargeTargets(page, where(step));
        await expectNoSidewaysScroll(page, where(step));
      };
      await page.goto('/how-am-i-doing');
      await check('the checks so far');
      await page.goto('/how-am-i-doing/1');
      await page.locator('form.form button[type=submit]').click();
      await check('a question with its error');
      // The other nine as the form sends them, in this session: the first test goes through each.
      for (let n = 1; n <= 10; n++) {
        const sent = await page.request.post(`/how-am-i-doing/${n}`, {
          form: { score: '4' },
          headers: { 'sec-fetch-site': 'same-origin' },
          maxRedirects: 0,
        });
        expect(sent.status()).toBe(303);
      }
      await page.goto('/how-am-i-doing/share');
      await check('who may see the answers');
      await page.locator('form.form button[type=submit]').click();
      await expect(page).toHaveURL(/done=saved/);
      await check('the answers saved');
    }
  }
  await usePreferences(page, 'fi');
  await context.close();
});
