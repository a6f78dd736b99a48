import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, tabToMenuLink, focusedName, withAxe } from './helpers';

// Kotipiha's office works in Swedish, with the keyboard only and without JavaScript, on a phone:
// it opens "Working with us" from the menu, leaves one question out, is told so beside it with
// its other choices kept, answers it, and reads that the answers are saved. Then the organiser
// reads the providers' averages on the indicators page, six answers now that Kotipiha's is in.
test('a provider answers about working with the organiser with the keyboard only; the organiser reads the averages', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'kotipiha');
  await usePreferences(page, 'sv');
  const check = await withAxe(browser, 'kotipiha');

  await page.goto('/');
  await tabToMenuLink(page, 'Samarbetet med oss');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Samarbetet med anordnaren');
  await expect(page.locator('main')).toContainText('januari–juni 2018');

  // Four of the five questions: Tab reaches each group's first face, the arrow keys choose.
  for (const [question, rightPresses] of [['working', 3], ['information', 2], ['reporting', 1], ['clients', 4]] as const) {
    await tabTo(page, async () => (await focusedName(page)) === question, question);
    for (let i = 0; i < rightPresses; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
  }
  await tabToText(page, 'Skicka svaren');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText('Välj ett av de fem ansiktena.');
  await expect(page.locator('#field-listening-error')).toContainText('Välj ett av de fem ansiktena.');
  await expect(page.locator('input[name=working][value="4"]')).toBeChecked();
  await expect(page.locator('input[name=clients][value="5"]')).toBeChecked();
  await check(page, 'the survey with an error, 320 px');

  await tabTo(page, async () => (await focusedName(page)) === 'listening', 'the question left out');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, async () => (await focusedName(page)) === 'words', 'the words');
  await page.keyboard.type('Tydligare besked när ett beslut ändras.');
  await tabToText(page, 'Skicka svaren');
  await page.keyboard.press('Enter');
  await expect(page.locator('[role=status]')).toHaveText('Tack. Dina svar har sparats.');
  await expect(page.locator('input[name=listening][value="2"]')).toBeChecked();
  await check(page, 'the survey answered, 320 px');
  await usePreferences(page, 'fi');
  await context.close();

  const organiser = await (await browser.newContext()).newPage();
  await signIn(organiser, 'olli');
  // Other tests leave Olli's language as they like.
  await usePreferences(organiser, 'fi');
  await organiser.goto('/indicators?month=2018-04');
  const caption = organiser.locator('caption', { hasText: 'Palveluntuottajien vastaukset, tammi–kesäkuu 2018' });
  await expect(caption).toBeVisible();
  await expect(organiser.locator('main')).toContainText('6 palveluntuottajaa vastasi');
  await expect(organiser.locator('main')).toContainText('Tydligare besked när ett beslut ändras.');
});
