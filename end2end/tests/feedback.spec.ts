import { test, expect } from '@playwright/test';
import {
  LANGUAGES,
  WIDTHS,
  axeAt,
  setPreferences,
  signIn,
  usePreferences,
  expectNoAxeViolations,
  expectLargeTargets,
  expectNoSidewaysScroll,
  tabTo,
  tabToText,
  tabToMenuLink,
  pressSetting,
  useEasyRead,
  focusedLabel,
  focusedName,
  withAxe,
} from './helpers';

test('Aino tells how a day went with the keyboard only, without JavaScript, at 320 px', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'fi');
  const checkHere = await withAxe(browser, 'aino');

  await tabToMenuLink(page, 'Kerro, miten meni');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kerro, miten meni');
  const cards = page.locator('.invitations > li');
  await expect(cards).toHaveCount(4);
  await expect(cards.first()).toContainText('Tuettu asuminen, Kotipiha Oy');
  await expect(cards.first()).toContainText('maanantai 30.4.2018');
  await checkHere(page, 'the list');

  await tabToText(page, 'Vastaa');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Miten meni?');
  await checkHere(page, 'the faces');

  // Send without a face: the error comes first, and the words written stay.
  await tabTo(page, async () => (await focusedName(page)) === 'words', 'the words');
  await page.keyboard.type('Asukkaat olivat mukavia.');
  await tabToText(page, 'Lähetä');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText('Valitse kasvot, jotka kertovat, miten meni');
  await expect(page).toHaveTitle(/^Virhe: Miten meni\?/);
  await expect(page.locator('textarea[name=words]')).toHaveValue('Asukkaat olivat mukavia.');
  // The red bar marks the group that needs an answer, as it marks a text field.
  await expect(page.locator('fieldset.field--error')).toHaveCSS('border-left-width', '5px');
  await checkHere(page, 'the faces with an error');

  // The faces are one radio group: Tab reaches the first, the arrow keys choose.
  await tabTo(page, async () => (await focusedLabel(page)) === 'Tosi huono', 'the first face');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedLabel(page)).toBe('Hyvä');
  await expect(page.locator('input[name=score][value="4"]')).toBeChecked();
  await tabToText(page, 'Lähetä');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kiitos vastauksestasi');
  await expect(page.locator('main')).toContainText('vain hyvinvointialue lukee');
  await checkHere(page, 'thank you');

  // Back on the list, that day is gone; a reload of the answer says it was answered.
  await page.goBack();
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Olet jo vastannut');
  await page.goto('/feedback');
  await expect(cards).toHaveCount(3);
  await context.close();
});

test('the feedback pages in every language and register at 320 and 1280 px: axe finds nothing', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'aino');
  // Asked by the page itself: the session cookie is `__Host-` and goes only with the browser's own requests.
  const open = await page.evaluate(async () => {
    const response = await fetch('/api/v1/clients/1/feedback-invitations');
    return { status: response.status, json: await response.json() };
  });
  expect(open.status).toBe(200);
  const [first] = open.json;
  const paths = ['/feedback', `/feedback/${first.id}`, '/feedback/questions'];
  for (const lang of LANGUAGES) {
    await pressSetting(page, 'lang', lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const easyRead of [false, true]) {
      await useEasyRead(page, easyRead);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator('.faces').first().or(page.locator('.invitation').first())).toBeVisible();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const where = `${path} (${lang}${easyRead ? ', easy-read' : ''}, ${width} px)`;
          if (axeAt(width, lang)) await expectNoAxeViolations(page, where);
          await expectLargeTargets(page, where);
          await expectNoSidewaysScroll(page, where);
        }
        // Each face is at least 44 px both ways, wherever there are faces.
        for (const box of await page.locator('.face__label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
          expect(box.width).toBeGreaterThanOrEqual(44);
          expect(box.height).toBeGreaterThanOrEqual(44);
        }
      }
      await page.goto('/');
    }
  }
  await usePreferences(page, 'fi');
  await context.close();
});

test('a provider prints a visit code; at the service place a person answers with the keyboard, in English easy-read, without JavaScript; the tablet resets', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  // The provider makes a code on its page.
  const office = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(office, 'kotipiha');
  await usePreferences(office, 'fi');
  await office.goto('/visit-codes');
  await office.locator('label', { hasText: 'Päivätoiminta' }).click();
  await office.locator('button[type=submit]', { hasText: 'Tee koodi' }).click();
  await expect(office.locator('.visit-code')).toHaveText(/^[A-Z2-9]{4} [A-Z2-9]{4}$/);
  await expect(office.locator('.qr svg')).toBeVisible();
  await expectNoAxeViolations(office, 'the visit code page');
  const code = (await office.locator('.visit-code').textContent())!.trim();

  // The tablet: nobody signed in, English easy-read, 320 px, JavaScript off.
  const tablet = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  await setPreferences(tablet, baseURL!, 'en', true);
  const page = await tablet.newPage();
  const checkHere = await withAxe(browser, null);
  await page.goto('/f');
  await expect(page.locator('h1')).toHaveText('Give feedback on your visit');
  await checkHere(page, 'the start');
  await tabTo(page, async () => (await focusedName(page)) === 'code', 'the code field');
  await page.keyboard.type(code.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('How did it go?');
  await expect(page.locator('main')).toContainText('Day activities at Kotipiha Oy');
  await expect(page.locator('input[name=contact]')).toHaveCount(0);
  await tabTo(page, async () => (await focusedLabel(page)) === 'Very bad', 'the first face');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name=score][value="5"]')).toBeChecked();
  await tabToText(page, 'Send');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Thank you for your answer');
  await checkHere(page, 'thank you at the service place');

  // The next person starts from an empty page; the used code says so kindly.
  await tabToText(page, 'Next person');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Give feedback on your visit');
  await expect(page.locator('input[name=code]')).toHaveValue('');
  await page.goto(`/f/${code.replace(' ', '')}`);
  await expect(page.locator('h1')).toHaveText('This code has been used');

  await expect(page.locator('button', { hasText: 'Stay on this page' })).toHaveCount(0);

  // With JavaScript, left alone, the thank-you page goes back to the start by itself; a person
  // who wants more time chooses to stay (WCAG 2.2.1).
  const left = await (await browser.newContext({ viewport: { width: 800, height: 1200 } })).newPage();
  const staying = await (await browser.newContext({ viewport: { width: 800, height: 1200 } })).newPage();
  await left.goto('/f/thanks');
  await staying.goto('/f/thanks');
  await expect(left.locator('[role=status]')).toContainText('30 seconds');
  await staying.locator('button', { hasText: 'Stay on this page' }).click();
  await expect(staying.locator('[role=status]')).toContainText('This page stays open.');
  await expect(staying.locator('a', { hasText: 'Next person' })).toBeFocused();
  await left.waitForURL(/\/f$/, { timeout: 40_000 });
  await expect(left.locator('h1')).toHaveText('Give feedback on your visit');
  await expect(staying).toHaveURL(/\/f\/thanks$/);
  await tablet.close();
});
