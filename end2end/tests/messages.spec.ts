import { test, expect } from '@playwright/test';
import { signIn, usePreferences, tabTo, tabToText, focusedName, withAxe } from './helpers';

// Aino, on a phone, in easy-read Finnish, with the keyboard only and without JavaScript: from the
// footer she opens "write to your counsellor", sends nothing and is told beside each field what
// is missing, asks Riikka to call her, and reads that the message went. Riikka sees on My clients
// that a message waits, opens the conversation and answers. Aino's header then says in words that
// a message is new; its link opens My messages, where the answer is marked new.
test('a client writes to the counsellor with the keyboard only, and reads the answer in My messages', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'fi', true);
  const check = await withAxe(browser, 'aino');

  await page.goto('/');
  await tabToText(page, 'Kirjoita palveluohjaajalle');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Kirjoita palveluohjaajalle');
  await expect(page.locator('main')).toContainText('Sinun palveluohjaajasi on Riikka Savolainen.');
  await expect(page.locator('a[href="tel:0133301234"]')).toHaveText('013 330 1234');

  await tabToText(page, 'Lähetä');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText('Valitse, mitä haluat');
  await expect(page.locator('#field-topic-error')).toContainText('Valitse, mitä haluat');
  await expect(page.locator('#field-body-error')).toContainText('Kirjoita viestisi');
  await check(page, 'writing to the counsellor with errors, easy-read, 320 px');

  // Tab reaches the first choice; the arrow keys move to "Please call me".
  await tabTo(page, async () => (await focusedName(page)) === 'topic', 'the choices');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name=topic][value="call-me"]')).toBeChecked();
  await tabTo(page, async () => (await focusedName(page)) === 'body', 'the message');
  await page.keyboard.type('Olen kotona iltapäivisin.');
  await tabToText(page, 'Lähetä');
  await page.keyboard.press('Enter');
  await expect(page.locator('[role=status]')).toHaveText('Viestisi lähti: Riikka Savolainen. Vastaus tulee tänne.');
  await expect(page.locator('.posts')).toContainText('Olen kotona iltapäivisin.');
  await check(page, 'the message sent, easy-read, 320 px');

  const counsellor = await (await browser.newContext()).newPage();
  await signIn(counsellor, 'riikka');
  await usePreferences(counsellor, 'fi');
  await counsellor.goto('/clients');
  const aino = counsellor.locator('li.card', { has: counsellor.locator('h2', { hasText: 'Aino' }) });
  await expect(aino).toContainText('Viesti odottaa vastaustasi');
  await aino.getByRole('link', { name: 'Viestit: Aino' }).click();
  await expect(counsellor.locator('main')).toContainText('Olen kotona iltapäivisin.');
  await counsellor.getByLabel('Vastauksesi').fill('Soitan huomenna kello 14.');
  await counsellor.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(counsellor.locator('[role=status]')).toContainText('Vastauksesi lähti.');
  await counsellor.goto('/clients');
  await expect(counsellor.locator('li.card', { has: counsellor.locator('h2', { hasText: 'Aino' }) })).not.toContainText('Viesti odottaa vastaustasi');

  await page.goto('/');
  const newMessages = page.locator('.signed-in__new a');
  await expect(newMessages).toHaveText(/uusi viesti|uutta viestiä/);
  await tabTo(page, async () => page.evaluate(() => !!document.activeElement?.matches('.signed-in__new a')), 'the new messages');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Viestini');
  const answer = page.locator('.messages__item--new', { hasText: 'Palveluohjaaja Riikka Savolainen vastasi sinulle.' });
  await expect(answer.first()).toContainText('Uusi');
  await check(page, 'My messages, easy-read, 320 px');
  await page.screenshot({ path: test.info().outputPath('inbox-fi-easy-320.png'), fullPage: true });
  await usePreferences(page, 'fi');
  await context.close();
});
