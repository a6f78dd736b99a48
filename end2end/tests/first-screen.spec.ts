import { test, expect, type Page } from '@playwright/test';
import { LANGUAGES, signIn, pressSetting, useEasyRead, usePreferences, signOut, expectNoSidewaysScroll } from './helpers';

// On a 320 x 640 phone, with the largest text, in every language and in easy-read: a page's
// title and the start of what it says are on the first screen, before any scrolling, and the
// page never scrolls sideways. The header is what used to push them down.
test.describe.configure({ mode: 'parallel' });

const SCREEN = { width: 320, height: 640 };
/** A line of the largest text, at least, of what follows the title must show. */
const ONE_LINE = 40;
/** The pages that exist for one answer (see `firstScreen`): it must be there, and on the first screen. */
const ANSWERED = new Set(['/', '/clients']);

const PEOPLE = [
  {
    user: 'aino',
    paths: ['/', '/statements/2018-03', '/decision', '/my-details', '/my-plan', '/my-plan/proposal', '/my-plan/proposal?check=1&month=2018-06&day-activities-units=8&personal-assistance-units=52', '/how-am-i-doing', '/providers', '/feedback', '/who-looked', '/helpers', '/glossary', '/messages', '/ask-counsellor', '/email'],
  },
  // Elsa's housing is agreement 11 and Kotipiha Oy is provider 1 in the demo data.
  {
    user: 'elsa',
    paths: [
      '/change-provider',
      '/change-provider/provider?agreement=11',
      '/change-provider/effects?agreement=11&provider=1',
      '/change-provider/check?agreement=11&provider=1',
      '/my-changes',
      '/leave',
    ],
  },
  { user: 'kotipiha', paths: ['/our-clients', '/our-records', '/our-records/new', '/our-records/upload', '/our-records/uploads/1'] },
  // My clients exists to say who needs what: how many need attention and the most urgent matter.
  { user: 'riikka', paths: ['/clients'] },
  { user: 'olli', paths: ['/settlements', '/settlements/2018-03', '/settlements/2018-04', '/applications', '/applications/1'] },
];

async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    // A question's title is the legend of its choices: what follows it is the first choice.
    const titled = h1?.parentElement?.tagName === 'LEGEND' ? h1.parentElement : h1;
    const next = titled?.nextElementSibling;
    // The sentence a page exists for, where it has one: how much is left of the budget; who of
    // the counsellor's clients needs attention most, and why.
    const answer = document.querySelector('.summary__headline, .clients-summary');
    return {
      h1Bottom: h1?.getBoundingClientRect().bottom ?? Infinity,
      nextTop: next?.getBoundingClientRect().top ?? Infinity,
      answerBottom: answer?.getBoundingClientRect().bottom ?? null,
    };
  });
}

for (const { user, paths } of PEOPLE) {
  test(`${user}'s pages at 320 x 640 with the largest text: the title and the answer are on the first screen`, async ({ browser }) => {
    test.setTimeout(20_000 * paths.length);
    const context = await browser.newContext({ viewport: SCREEN });
    const page = await context.newPage();
    await signIn(page, user);
    await pressSetting(page, 'text_size', 'largest');
    const late: string[] = [];
    for (const lang of LANGUAGES) {
      await pressSetting(page, 'lang', lang);
      for (const easyRead of [false, true]) {
        await useEasyRead(page, easyRead);
        for (const path of paths) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveClass(/text-size-largest/);
          const where = `${path} (${lang}${easyRead ? ', easy-read' : ''})`;
          const seen = await firstScreen(page);
          if (seen.h1Bottom > SCREEN.height) late.push(`${where}: the title ends at ${Math.round(seen.h1Bottom)} px`);
          if (seen.nextTop + ONE_LINE > SCREEN.height) late.push(`${where}: what follows the title starts at ${Math.round(seen.nextTop)} px`);
          if (ANSWERED.has(path) && seen.answerBottom === null) late.push(`${where}: the answer the page is for is missing`);
          if (seen.answerBottom !== null && seen.answerBottom > SCREEN.height) {
            late.push(`${where}: the answer the page is for ends at ${Math.round(seen.answerBottom)} px`);
          }
          await expectNoSidewaysScroll(page, where);
        }
      }
    }
    // Leave the person as the demo has them, for the tests that follow.
    await pressSetting(page, 'text_size', 'standard');
    await usePreferences(page, user === 'elsa' ? 'sv' : 'fi');
    await signOut(page);
    await context.close();
    expect(late).toEqual([]);
  });
}
