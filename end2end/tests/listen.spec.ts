import { test, expect, BrowserContext, Page } from '@playwright/test';
import { expectNoAxeViolations, openSettings, setPreferences } from './helpers';

// "Listen" reads the page aloud with the device's own voices, in easy-read. The tests cannot
// hear; they replace the browser's speech with a recorder that has the voices a test gives it,
// and check what it was asked to say, in which language and voice, and what pause, go on and
// stop did.

type Asked = { text?: string; lang?: string; voice?: string; did?: string };

/** Replaces `speechSynthesis` with a recorder whose voices are `langs`, or none until `later`. */
async function recordSpeech(context: BrowserContext, langs: string[], later = false) {
  await context.addInitScript(
    ([langs, later]) => {
      const asked: object[] = [];
      const voices = (later ? [] : langs).map((lang) => ({ lang, name: `voice ${lang}` }));
      const recorder = {
        onvoiceschanged: null as null | (() => void),
        getVoices: () => voices,
        speak: (u: SpeechSynthesisUtterance) => asked.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
        pause: () => asked.push({ did: 'pause' }),
        resume: () => asked.push({ did: 'resume' }),
        cancel: () => asked.push({ did: 'cancel' }),
      };
      const w = window as unknown as { asked: object[]; installVoices: () => void };
      w.asked = asked;
      w.installVoices = () => {
        voices.push(...langs.map((lang) => ({ lang, name: `voice ${lang}` })));
        recorder.onvoiceschanged?.();
      };
      // The utterance's voice must be one the recorder gave: let any object through.
      Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
        get() { return this._voice ?? null; },
        set(v) { this._voice = v; },
        configurable: true,
      });
      Object.defineProperty(window, 'speechSynthesis', { get: () => recorder, configurable: true });
    },
    [langs, later] as const,
  );
}

async function asked(page: Page): Promise<Asked[]> {
  return page.evaluate(() => (window as unknown as { asked: Asked[] }).asked);
}

async function easyReadPage(context: BrowserContext, baseURL: string, lang: 'fi' | 'sv' | 'en') {
  await setPreferences(context, baseURL, lang, true);
  const page = await context.newPage();
  await page.goto('/providers');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await openSettings(page);
  return page;
}

test('in easy-read, "Listen to the page" reads the page in its language, pauses, goes on and stops', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await recordSpeech(context, ['en-US', 'fi-FI']);
  const page = await easyReadPage(context, baseURL!, 'fi');
  const listen = page.getByRole('button', { name: 'Kuuntele sivu' });
  await expect(listen).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lopeta kuuntelu' })).toBeHidden();
  await expectNoAxeViolations(page, 'the settings with Listen, fi easy-read, 320 px');

  await listen.click();
  const said = (await asked(page)).find((a) => a.text);
  expect(said?.lang).toBe('fi-FI');
  expect(said?.voice).toBe('voice fi-FI');
  expect(said?.text).toContain(await page.locator('h1').innerText());
  expect(said?.text).not.toContain('Kuuntele sivu');

  // The same button pauses and goes on, so the keyboard stays where it was.
  const pause = page.getByRole('button', { name: 'Tauko' });
  await expect(pause).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Jatka kuuntelua' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  expect((await asked(page)).filter((a) => a.did).map((a) => a.did)).toEqual(['cancel', 'pause', 'resume']);
  await expectNoAxeViolations(page, 'Listen while reading, fi easy-read, 320 px');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lopeta kuuntelu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Kuuntele sivu' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Lopeta kuuntelu' })).toBeHidden();
  expect((await asked(page)).at(-1)).toEqual({ did: 'cancel' });
  await context.close();
});

test('"Listen" waits for a voice of the page\'s language: Swedish of Sweden reads a Swedish page', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await recordSpeech(context, ['sv-SE'], true);
  const page = await easyReadPage(context, baseURL!, 'sv');
  const listen = page.getByRole('button', { name: 'Lyssna på sidan' });
  await expect(listen).toBeHidden();
  await page.evaluate(() => (window as unknown as { installVoices: () => void }).installVoices());
  await expect(listen).toBeVisible();
  await listen.click();
  const said = (await asked(page)).find((a) => a.text);
  expect(said).toMatchObject({ lang: 'sv-FI', voice: 'voice sv-SE' });
  await context.close();
});

test('"Listen" is not offered where the device has no voice for the language', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await recordSpeech(context, ['en-US', 'de-DE']);
  const page = await easyReadPage(context, baseURL!, 'fi');
  await expect(page.locator('.listen')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kuuntele sivu' })).toBeHidden();
  await context.close();
});

test('"Listen" is not there without JavaScript, nor in standard language', async ({ browser, baseURL }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  await setPreferences(off, baseURL!, 'sv', true);
  const page = await off.newPage();
  await page.goto('/providers');
  await openSettings(page);
  await expect(page.getByRole('button', { name: 'Lyssna på sidan' })).toBeHidden();
  await off.close();

  const standard = await browser.newContext();
  await setPreferences(standard, baseURL!, 'en', false);
  const plain = await standard.newPage();
  await plain.goto('/providers');
  await expect(plain.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(plain.locator('.listen')).toHaveCount(0);
  await standard.close();
});
