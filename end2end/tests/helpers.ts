import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const WIDTHS = [320, 1280] as const;

/**
 * Whether axe checks a page at this width in this language. At 320 px it checks every language
 * and register. The 1280 px layout is the same markup under other CSS, and the languages differ
 * only in words, which the 320 px runs check in each, so at 1280 px axe checks Finnish (both
 * registers); the targets and sideways scroll are still measured in every language at both.
 */
export const axeAt = (width: number, lang: Lang) => width === 320 || lang === 'fi';

/** Chooses language and easy-read the way a returning visitor's browser remembers them. */
export async function setPreferences(context: BrowserContext, baseURL: string, lang: Lang, easyRead: boolean) {
  const url = new URL(baseURL);
  await context.addCookies([
    { name: 'portal_lang', value: lang, domain: url.hostname, path: '/' },
    { name: 'portal_easy_read', value: easyRead ? '1' : '0', domain: url.hostname, path: '/' },
  ]);
}

export async function signIn(page: Page, username: string) {
  await page.goto('/sign-in');
  await page.locator('#field-username').fill(username);
  await page.locator('#field-password').fill('demo');
  await page.locator('form.form button[type=submit]').click();
  await expect(page.locator('.signed-in')).toBeVisible();
}

/** Opens the header's "Language and settings", closed on every page until pressed. */
export async function openSettings(page: Page) {
  if (!(await page.locator('.preferences').isVisible())) await page.locator('.disclosure--settings > summary').click();
  await expect(page.locator('.preferences')).toBeVisible();
}

/** Opens the header's "Menu" where it is closed (narrow screens); on wide ones the links are always there. */
export async function openMenu(page: Page) {
  if (!(await page.locator('.site-nav').isVisible())) await page.locator('.disclosure--menu > summary').click();
  await expect(page.locator('.site-nav')).toBeVisible();
}

/** Presses one of the header's settings, such as `lang` `sv` or `easy_read`. */
export async function pressSetting(page: Page, name: string, value?: string) {
  await openSettings(page);
  await page.locator(value ? `button[name=${name}][value=${value}]` : `button[name=${name}]`).click();
}

export async function signOut(page: Page) {
  await openMenu(page);
  await page.locator('.sign-out button').click();
  await expect(page.locator('.sign-out')).toHaveCount(0);
}

/**
 * Sets a signed-in person's language and easy-read with the header's buttons. The choice is
 * saved in their profile, so every test that signs in says what it needs.
 */
export async function usePreferences(page: Page, lang: Lang, easyRead = false) {
  await pressSetting(page, 'lang', lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await useEasyRead(page, easyRead);
}

/** Switches easy-read on or off with the header's button, if it is not already so. */
export async function useEasyRead(page: Page, easyRead: boolean) {
  const toggle = page.locator('button[name=easy_read]');
  if ((await toggle.getAttribute('aria-pressed')) !== String(easyRead)) {
    await pressSetting(page, 'easy_read');
    await expect(page.locator('button[name=easy_read]')).toHaveAttribute('aria-pressed', String(easyRead));
  }
}

/**
 * axe-core with WCAG 2.0-2.2 A and AA, the AAA rules (7:1 contrast) and best practice.
 *
 * Legacy mode runs axe in the page itself. The default opens a blank page for each check to
 * join the results of frames, which the portal's pages do not have: measured on six pages, the
 * same violations, passes and nodes in half the time (0.3-1.0 s a check instead of 0.6-2.0 s).
 */
export async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/**
 * WCAG 2.5.5 (AAA): every control at least 44x44 CSS px. Links inside a sentence are exempt
 * (the criterion's "inline" exception); a link that stands alone in its paragraph, list item or
 * cell is not, whatever its CSS display. A skip link is measured only when it is on screen.
 */
export async function expectLargeTargets(page: Page, where: string) {
  const small = await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        if (style.display === 'none' || style.visibility === 'hidden' || rect.width === 0) return false;
        if (rect.bottom < 0) return false; // the skip link, off screen until focused
        if (el.tagName === 'A' && style.display === 'inline') {
          // Running text: the nearest block around the link holds words besides the link's own.
          let block: HTMLElement | null = el.parentElement;
          while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
          const around = (block?.textContent ?? '').replace(/\s+/g, '');
          const own = (el.textContent ?? '').replace(/\s+/g, '');
          if (around !== own) return false;
        }
        return rect.width < 44 || rect.height < 44;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`;
      });
  });
  expect(small, `targets under 44x44 px on ${where}`).toEqual([]);
}

/** No sideways scrolling: the page is no wider than the window. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
}

/** Moves focus with Tab alone until `check` holds. */
export async function tabTo(page: Page, check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 150; i++) {
    if (await check()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

export const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
export const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent?.trim() ?? '';
  });
export const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

export async function tabToText(page: Page, text: string) {
  await tabTo(page, async () => (await focusedText(page)) === text, text);
}

const focusedMatches = (page: Page, selector: string) =>
  page.evaluate((selector) => !!document.activeElement?.matches(selector), selector);

/** With the keyboard only: opens the header's menu where it is closed, then moves to a link in it. */
export async function tabToMenuLink(page: Page, text: string) {
  if (!(await page.locator('.site-nav').isVisible())) {
    await tabTo(page, () => focusedMatches(page, '.disclosure--menu > summary'), 'the menu');
    await page.keyboard.press('Enter');
  }
  await tabToText(page, text);
}

/** With the keyboard only: opens "Language and settings", then moves to one of its buttons. */
export async function tabToSetting(page: Page, text: string) {
  if (!(await page.locator('.preferences').isVisible())) {
    await tabTo(page, () => focusedMatches(page, '.disclosure--settings > summary'), 'language and settings');
    await page.keyboard.press('Enter');
  }
  await tabToText(page, text);
}

/**
 * axe-core needs JavaScript, so a page seen without it is checked again, at the same address
 * and width, in a second window of the same person (or of nobody) with JavaScript on.
 */
export async function withAxe(browser: Browser, user: string | null) {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const twin = await context.newPage();
  if (user) await signIn(twin, user);
  return async (page: Page, where: string) => {
    await expectLargeTargets(page, where);
    await expectNoSidewaysScroll(page, where);
    await twin.goto(page.url());
    await expectNoAxeViolations(twin, where);
  };
}
