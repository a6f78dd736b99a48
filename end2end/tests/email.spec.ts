import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signIn, usePreferences, tabTo, tabToText, focusedName, withAxe, expectNoAxeViolations } from './helpers';

// scripts/test.sh runs a real SMTP server (aiosmtpd) for the portals and gives its folder here:
// each e-mail it took is a JSON file with the recipients, subject, language, text and HTML.
const MAIL_FOLDER = process.env.MAIL_FOLDER;

type Mail = { to: string[]; subject: string; language: string; text: string; html: string };

/** The e-mail that reached `address`, waiting for it a while. */
async function mailTo(address: string): Promise<Mail> {
  if (!MAIL_FOLDER) throw new Error('MAIL_FOLDER is not set: run the browser tests with scripts/test.sh');
  for (let i = 0; i < 100; i++) {
    for (const name of readdirSync(MAIL_FOLDER).filter((n) => n.endsWith('.json'))) {
      const mail: Mail = JSON.parse(readFileSync(join(MAIL_FOLDER, name), 'utf8'));
      if (mail.to.includes(address)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no e-mail reached ${address}`);
}

/** The path of the link in an e-mail that verifies the address. */
function verifyLink(mail: Mail) {
  const match = mail.text.match(/https?:\/\/[^\s]+\/email\/verify\?token=[0-9a-f]+/);
  if (!match) throw new Error(`no link in: ${mail.text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function tabToField(page: Page, name: string) {
  await tabTo(page, async () => (await focusedName(page)) === name, name);
}

// Aino, on a phone, in easy-read Finnish, with the keyboard only and without JavaScript: from My
// messages she opens the e-mail choices, types her address wrong and is told beside the field,
// fixes it, leaves out one theme, and opens the link that came to her mailbox.
test('a client gives her e-mail address with the keyboard only and opens the link that came', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'aino');
  await usePreferences(page, 'fi', true);
  const check = await withAxe(browser, 'aino');

  await page.goto('/messages');
  await tabToText(page, 'Saat viestit myös sähköpostiin');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Sähköposti');
  await expect(page.locator('input[name=theme]:checked')).toHaveCount(5);
  await check(page, 'e-mail choices, easy-read, 320 px');

  await tabToField(page, 'address');
  await page.keyboard.type('aino.kettunen@example');
  await tabToText(page, 'Tallenna');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-address-error')).toContainText('Tarkista sähköpostiosoitteesi.');
  await expect(page.locator('.error-summary')).toContainText('Tarkista sähköpostiosoitteesi.');
  await expect(page.locator('#field-address')).toHaveValue('aino.kettunen@example');
  await check(page, 'e-mail address with an error, easy-read, 320 px');

  const address = `aino.${unique()}@example.fi`;
  await tabToField(page, 'address');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(address);
  // Space unticks "who can help with your matters".
  await tabTo(page, () => page.evaluate(() => document.activeElement?.id === 'theme-helpers'), 'the helpers theme');
  await page.keyboard.press('Space');
  await tabToText(page, 'Tallenna');
  await page.keyboard.press('Enter');
  await expect(page.locator('[role=status]')).toHaveText('Tallennettu. Lähetimme sinulle sähköpostin. Avaa sen linkki. Sitten sähköpostit alkavat.');
  await expect(page.locator('main')).toContainText(`Se on osoitteessa ${address}.`);

  const mail = await mailTo(address);
  expect(mail.subject).toBe('Onko tämä sinun sähköpostiosoitteesi?');
  expect(mail.language).toBe('fi');
  await page.goto(verifyLink(mail));
  await expect(page.locator('[role=status]')).toHaveText('Kiitos. Sähköpostiosoitteesi toimii.');
  await expect(page.locator('main')).toContainText(`Sähköpostit menevät osoitteeseen ${address}.`);
  await expect(page.locator('#theme-helpers')).not.toBeChecked();
  await expect(page.locator('input[name=theme]:checked')).toHaveCount(4);
  await check(page, 'e-mail address verified, easy-read, 320 px');
  await page.screenshot({ path: test.info().outputPath('email-fi-easy-320.png'), fullPage: true });
  await usePreferences(page, 'fi');
  await context.close();
});

// The e-mail itself is a small accessible HTML page: in the reader's language, with a heading and
// links that say where they go. Elsa reads the portal in Swedish.
test('the e-mail with the link is in Swedish for Elsa, and axe finds nothing in it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'elsa');
  await usePreferences(page, 'sv');
  await page.goto('/email');
  const address = `elsa.${unique()}@example.fi`;
  await page.getByLabel('Din e-postadress').fill(address);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[role=status]')).toContainText('Vi skickade en länk till din e-post.');

  const mail = await mailTo(address);
  expect(mail.subject).toBe('Bekräfta din e-postadress');
  expect(mail.language).toBe('sv');
  expect(mail.text).toContain('Öppna länken för att bekräfta att det här är din e-postadress.');
  const letter = await context.newPage();
  await letter.setContent(mail.html);
  await expect(letter.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(letter.locator('h1')).toHaveText('Bekräfta din e-postadress');
  await expect(letter.getByRole('link', { name: 'Bekräfta min e-postadress' })).toBeVisible();
  await expectNoAxeViolations(letter, 'the e-mail with the link, in Swedish');
  await letter.screenshot({ path: test.info().outputPath('email-letter-sv-320.png'), fullPage: true });
  await context.close();
});
