import { test, expect, type Page } from '@playwright/test';
import { LANGUAGES, WIDTHS, axeAt, setPreferences, signIn, usePreferences, pressSetting, useEasyRead, signOut, expectNoAxeViolations, expectLargeTargets, expectNoSidewaysScroll, type Lang } from './helpers';

// Every page, in every language, standard and easy-read, on a phone and a desktop. The tests
// are independent of each other, so the two workers share them (each worker has its own portal).
test.describe.configure({ mode: 'parallel' });

const PUBLIC_PAGES = [
  { name: 'front page', path: '/', status: 200 },
  { name: 'sign-in', path: '/sign-in', status: 200 },
  { name: 'accessibility statement', path: '/accessibility', status: 200 },
  { name: 'page not found', path: '/no-such-page', status: 404 },
  { name: 'find a provider', path: '/providers?product=day-activities&accessibility=step-free-access', status: 200 },
  { name: 'provider page', path: '/providers/1', status: 200 },
  { name: 'compare', path: '/compare?compare=1&compare=15&compare=5', status: 200 },
  { name: 'feedback at the service place', path: '/f', status: 200 },
  { name: 'an unknown visit code', path: '/f?code=nonsense', status: 404 },
  { name: 'thank you at the service place', path: '/f/thanks', status: 200 },
  { name: 'applying to the register', path: '/join', status: 200 },
  { name: 'an application', path: '/join/demo-application-pielinen', status: 200 },
];

async function checkPage(page: Page, where: string, lang: Lang, easyRead: boolean, width: number) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (easyRead) await expect(page.locator('html')).toHaveClass(/easy-read/);
  else await expect(page.locator('html')).not.toHaveClass(/easy-read/);
  await expect(page.locator('h1')).toHaveCount(1);
  if (axeAt(width, lang)) await expectNoAxeViolations(page, where);
  await expectLargeTargets(page, where);
  await expectNoSidewaysScroll(page, where);
}

for (const lang of LANGUAGES) {
  for (const easyRead of [false, true]) {
    for (const width of WIDTHS) {
      const label = `${lang}${easyRead ? ' easy-read' : ''} at ${width} px`;
      test(`public pages, ${label}: ${axeAt(width, lang) ? 'axe finds nothing, ' : ''}targets are large, no sideways scroll`, async ({ browser, baseURL }) => {
        // Ten pages, each checked by axe: seconds each on a busy two-core machine.
        test.setTimeout(10_000 * (1 + PUBLIC_PAGES.length));
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        await setPreferences(context, baseURL!, lang, easyRead);
        const page = await context.newPage();
        for (const p of PUBLIC_PAGES) {
          const response = await page.goto(p.path);
          expect(response?.status(), p.name).toBe(p.status);
          await checkPage(page, `${p.name} (${label})`, lang, easyRead, width);
        }
        await context.close();
      });
    }
  }
}

// A signed-in person's own choices win over the browser's, so these pages are checked by
// switching with the header's buttons, one person at a time.
for (const { user, name, paths, looksFirst } of [
  { user: 'aino', name: 'budget pages', paths: ['/', '/statements/2018-03', '/decision', '/my-details', '/my-plan', '/my-plan?version=1', '/my-plan/proposal', '/my-plan/proposal?check=1&month=2018-06&day-activities-units=8&personal-assistance-units=52', '/my-plan/proposal?check=1&month=2018-05&day-activities-units=x', '/first-provider', '/first-provider?product=day-activities', '/how-am-i-doing', '/how-am-i-doing/1', '/glossary', '/helpers'] },
  { user: 'aino', name: 'messages and writing to the counsellor', paths: ['/messages', '/ask-counsellor', '/ask-counsellor?sent', '/email', '/email?news=link-old'] },
  { user: 'aino', name: 'provider pages', paths: ['/providers?municipality=Joensuu&sort=cost', '/providers/15', '/compare?compare=1&compare=15&compare=5', '/compare?compare=1'] },
  // Elsa's housing is agreement 11 and Kotipiha Oy is provider 1 in the demo data.
  {
    user: 'elsa',
    name: 'change provider and leave pages',
    paths: [
      '/change-provider',
      '/change-provider?error=choose-service',
      '/change-provider/provider?agreement=11',
      '/change-provider/effects?agreement=11&provider=1',
      '/change-provider/check?agreement=11&provider=1',
      '/my-changes',
      '/leave',
    ],
  },
  { user: 'veikko', name: 'budget at risk', paths: ['/'] },
  { user: 'juho', name: 'budget just started', paths: ['/', '/decision'] },
  { user: 'sanna', name: 'relative acting for a client', paths: ['/', '/statements/2018-02', '/whose-matters', '/my-plan', '/my-plan/proposal', '/messages', '/ask-counsellor', '/email'] },
  // Sanna looks first, so Matti's log has lines to check.
  { user: 'matti', name: 'who looked at my data and done for me', paths: ['/who-looked', '/done-for-me'], looksFirst: 'sanna' },
  // Leena is client 3 in the demo data.
  { user: 'riikka', name: 'counsellor workspace', paths: ['/', '/clients', '/clients/3/contact', '/clients/3/mandates', '/clients/3/sign-in', '/clients/3/held', '/clients/3/decision', '/clients/1/plan', '/clients/1/wellbeing', '/clients/3/wellbeing', '/messages', '/clients/4/messages', '/email'] },
  { user: 'kotipiha', name: 'our clients, visit codes and working with the organiser', paths: ['/', '/our-clients', '/our-records', '/our-records?month=2018-03', '/our-records/new', '/visit-codes', '/provider-survey', '/messages', '/email'] },
  { user: 'kotipiha', name: 'files of records', paths: ['/our-records/upload', '/our-records/uploads/1'] },
  { user: 'maija', name: 'hours of help', paths: ['/', '/help-hours'] },
  { user: 'helena', name: 'decisions to make', paths: ['/', '/decisions', '/clients/2/decision', '/clients/4/proposal'] },
  { user: 'olli', name: 'feedback words, contact requests and refused looks', paths: ['/feedback-comments', '/feedback-comments?before=1', '/refused-looks', '/indicators', '/indicators?service=personal-assistance&provider=hoivakoti', '/indicators?provider=kotipiha', '/email'] },
  { user: 'olli', name: 'applications to the register', paths: ['/applications', '/applications/1'] },
  { user: 'olli', name: 'monthly settlements', paths: ['/settlements', '/settlements/2018-03', '/settlements/2018-04'] },
]) {
  test(`${name}, every language and register at 320 and 1280 px: axe finds nothing (1280 px: in Finnish), targets are large`, async ({ browser }) => {
    // A page takes about 25 s alone (6 language-register pairs, 2 widths, axe at each); on two
    // cores beside the other worker up to three times that.
    test.setTimeout(90_000 * (1 + paths.length));
    if (looksFirst) {
      const other = await browser.newContext();
      const looking = await other.newPage();
      await signIn(looking, looksFirst);
      await looking.goto('/statements/2018-02');
      await other.close();
    }
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await signIn(page, user);
    for (const lang of LANGUAGES) {
      await pressSetting(page, 'lang', lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const easyRead of [false, true]) {
        await useEasyRead(page, easyRead);
        for (const path of paths) {
          await page.goto(path);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            await checkPage(page, `${name} ${path} (${lang}${easyRead ? ', easy-read' : ''}, ${width} px)`, lang, easyRead, width);
          }
        }
        await page.goto('/');
      }
    }
    // Leave the person as the demo has them, for the tests that follow.
    await usePreferences(page, user === 'elsa' ? 'sv' : 'fi', user === 'eeva');
    await signOut(page);
    await context.close();
  });
}

// The check above must be able to fail: on a page given a picture without words, grey text, a
// button without a name and a tiny link, it names each of them.
test('the axe check finds a missing text, weak contrast and small targets when a page has them', async ({ page }) => {
  await page.goto('/glossary');
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      '<img src="/favicon.svg"><p style="color:#777;background:#fff">Harmaa</p><button></button>' +
        '<a href="/" style="display:inline-block;width:10px;height:10px"></a>',
    );
  });
  const failure = await expectNoAxeViolations(page, 'a spoilt glossary').then(
    () => '',
    (e: Error) => e.message,
  );
  for (const rule of ['image-alt', 'color-contrast', 'button-name', 'link-name', 'target-size']) expect(failure).toContain(rule);
});
