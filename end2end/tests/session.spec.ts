import { test, expect, type Page } from '@playwright/test';
import { signIn, usePreferences, expectNoAxeViolations, expectLargeTargets } from './helpers';

// The sign-in's time limit as a person meets it (WCAG 2.2.1). The browser's clock is moved on
// instead of waiting half an hour; where the server would need that half hour to pass, its answer
// to "how long is left" is shortened on the way, and everything else is the server's own.

const LINE = /^Pysyt kirjautuneena klo\s\d\d\.\d\d asti, jos et käytä palvelua sitä ennen\.$/;

/** Answers the island's next "how long is left" as the server does, changed by `change`. */
async function answerHowLong(page: Page, change: (time: Record<string, unknown>) => void) {
  await page.route('**/session', async (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const response = await route.fetch();
    const time = await response.json();
    change(time);
    await route.fulfill({ response, json: time });
  });
}

/** Aino, signed in and in Finnish, on `path` with the browser's clock in the test's hands. */
async function openWithClock(page: Page, path: string) {
  await signIn(page, 'aino');
  await usePreferences(page, 'fi');
  await page.clock.install();
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

test('before the sign-in runs out, one button keeps it going, and the page says until when', async ({ page }) => {
  await openWithClock(page, '/feedback');
  const line = page.locator('.session-until');
  await expect(line).toHaveText(LINE);

  // 25 minutes later the island asks the server, which says two minutes are left.
  await answerHowLong(page, (time) => {
    time.ends_in = 120;
  });
  await page.clock.fastForward('25:00');
  const warning = page.getByRole('alertdialog', { name: 'Haluatko pysyä kirjautuneena?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/Kirjautumisesi päättyy klo\s\d\d\.\d\d\./);
  const stay = warning.getByRole('button', { name: 'Pysy kirjautuneena' });
  await expect(stay).toBeFocused();
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(stay).toBeInViewport();
  await expectNoAxeViolations(page, 'the warning at 320 px');
  await expectLargeTargets(page, 'the warning');

  // Enter on the focused button: the server counts it as use and the warning goes.
  await page.unrouteAll();
  await page.keyboard.press('Enter');
  await expect(warning).toHaveCount(0);
  await expect(line).toHaveText(LINE);

});

test('when the sign-in has run out, the page says what to do and the message can be closed', async ({ page }) => {
  await openWithClock(page, '/');
  await answerHowLong(page, (time) => {
    time.signed_in = false;
    time.ends_in = 0;
  });
  await page.clock.fastForward('25:00');
  const ended = page.getByRole('alert').filter({ hasText: 'Kirjautumisesi on päättynyt' });
  await expect(ended).toBeVisible();
  await expect(ended).toContainText('Paina lomakkeen painiketta');
  await ended.getByRole('button', { name: 'Sulje tämä viesti' }).click();
  await expect(ended).toHaveCount(0);
  await expect(page.locator('.session-until')).toHaveText(/^Kirjautumisesi on päättynyt/);
});

test('another tab that kept the sign-in going means no warning here', async ({ page }) => {
  await openWithClock(page, '/');
  // The server says the full half hour is left: used meanwhile elsewhere.
  const asked = page.waitForRequest((r) => r.url().endsWith('/session') && r.method() === 'GET');
  await page.clock.fastForward('25:00');
  await asked;
  await page.clock.fastForward('00:05');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
