import { test, expect, type Browser, type Page } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, setPreferences, signIn, usePreferences } from './helpers';

// Signing in through the local OpenID Connect providers that scripts/test.sh starts (end2end/oidc):
// one like Suomi.fi e-Identification for clients and relatives, one like an organisation's own
// for staff. Every portal of the test run is registered with both.

const SUOMI_FI = 'Suomi.fi-tunnistus (testi)';
const STAFF = 'Organisaation kirjautuminen (testi)';
const LOA = { substantial: 'loa2', high: 'loa3', low: 'loa1' } as const;

async function newPage(browser: Browser, baseURL: string, javaScriptEnabled = true, width = 1280) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
  await setPreferences(context, baseURL, 'fi', false);
  return context.newPage();
}

/** At the provider's test page: picks a test person and, at Suomi.fi, a way of identifying. */
async function identifyAs(page: Page, person: string, loa?: string) {
  await page.locator(`input[name=person][value=${person}]`).check();
  if (loa) await page.locator(`input[name=acr][value$="/${loa}"]`).check();
  await page.locator('button[value=login]').click();
}

/** Once signed in: the person's saved language may be another test's; these read Finnish. */
async function inFinnish(page: Page) {
  await expect(page.locator('.sign-out')).toHaveCount(1);
  await usePreferences(page, 'fi');
}

async function goToSuomiFi(page: Page) {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Tunnistaudu', exact: true }).click();
  await expect(page.locator('h1')).toHaveText(SUOMI_FI);
}

async function signOutThroughProvider(page: Page) {
  if (!(await page.locator('.sign-out button').isVisible())) await page.locator('.disclosure--menu > summary').click();
  await page.locator('.sign-out button').click();
  // The provider asks to end its session too; then back to the portal, signed out of both.
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.locator('h1')).toHaveText('Henkilökohtainen budjettisi');
  await expect(page.locator('.sign-out')).toHaveCount(0);
}

for (const javaScriptEnabled of [true, false]) {
  test(`a client identifies with Suomi.fi, sees the budget and signs out of both (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
    const page = await newPage(browser, baseURL!, javaScriptEnabled);
    await goToSuomiFi(page);
    await identifyAs(page, 'matti', LOA.substantial);
    await inFinnish(page);
    await expect(page.locator('h1')).toHaveText('Sinun budjettisi');
    await expect(page.locator('.signed-in')).toContainText('Kirjautunut: Matti Räsänen');
    // The identity code the provider gave is never shown whole.
    await page.goto('/my-details');
    await expect(page.locator('main')).toContainText('070448-****');
    expect(await page.content()).not.toContain('070448-9049');

    await signOutThroughProvider(page);
    // The provider's session ended too: identifying again asks who you are.
    await goToSuomiFi(page);
    await page.context().close();
  });
}

test('a sign-out at the provider ends the portal sign-in too (back-channel logout), without JavaScript', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!, false);
  await goToSuomiFi(page);
  const provider = new URL(page.url()).origin;
  await identifyAs(page, 'matti', LOA.substantial);
  await inFinnish(page);
  await expect(page.locator('h1')).toHaveText('Sinun budjettisi');
  // Signing out at Suomi.fi, as another service's sign-out would: the provider tells the portal.
  await page.goto(`${provider}/session/end`);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.locator('h1')).toHaveText('Olet kirjautunut ulos');
  // The session clock, which a page would ask next, already says the sign-in is over.
  expect((await (await page.request.get('/session')).json()).signed_in).toBe(false);
  await page.goto('/');
  await expect(page.locator('.sign-out')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Henkilökohtainen budjettisi');
  await page.context().close();
});

test('a relative identifies as herself and acts for Matti by her mandate', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!);
  await goToSuomiFi(page);
  await identifyAs(page, 'sanna', LOA.high);
  await inFinnish(page);
  await expect(page.locator('.signed-in')).toContainText('Kirjautunut: Sanna Räsänen');
  await expect(page.locator('.helping-banner')).toContainText('Asioit henkilön Matti Räsänen puolesta.');
  await expect(page.locator('h1')).toHaveText('Budjetti: Matti Räsänen');
  await page.context().close();
});

test('a too weak identification, a cancelled one and a replayed return are refused with a plain sentence', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!, true, 320);
  const notSignedIn = async () => expect(page.locator('.signed-in')).toHaveCount(0);

  await goToSuomiFi(page);
  await identifyAs(page, 'matti', LOA.low);
  await expect(page.locator('h1')).toHaveText('Kirjaudu sisään');
  await expect(page.locator('main')).toContainText('Tämä tunnistustapa ei riitä tähän palveluun.');
  await notSignedIn();
  await expectNoAxeViolations(page, 'the sign-in page with a refusal at 320 px');

  await page.getByRole('link', { name: 'Tunnistaudu', exact: true }).click();
  await page.locator('button[value=cancel]').click();
  await expect(page.locator('main')).toContainText('Keskeytit tunnistautumisen, joten et kirjautunut sisään.');
  await notSignedIn();

  // The provider's answer, caught on its way back, then sent again.
  let back = '';
  page.on('request', (request) => {
    if (request.url().includes('/sign-in/identified?')) back = request.url();
  });
  await page.getByRole('link', { name: 'Tunnistaudu', exact: true }).click();
  await identifyAs(page, 'matti', LOA.substantial);
  await expect(page.locator('.signed-in')).toContainText('Kirjautunut: Matti Räsänen');
  expect(back).toContain('code=');
  // Away from the portal first: a request still under way there would set the cookie again.
  await page.goto('about:blank');
  await page.context().clearCookies({ name: /session/ });
  await page.goto(back);
  await expect(page.locator('main')).toContainText('Kirjautuminen kesti liian kauan, tai sama kirjautuminen oli jo käytetty.');
  await notSignedIn();
  await page.context().close();
});

test('someone the portal does not know lands on a page that says what to do', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!, false, 320);
  await goToSuomiFi(page);
  await identifyAs(page, 'stranger', LOA.substantial);
  await expect(page.locator('h1')).toHaveText('Emme löytäneet sinua');
  await expect(page.locator('main')).toContainText('soita palveluohjaukseen');
  await expect(page.locator('.signed-in')).toHaveCount(0);
  await page.context().close();
});

test('a counsellor lets a relative the portal did not know sign in, and gives a mandate; then he identifies and helps', async ({ browser, baseURL }) => {
  const relative = await newPage(browser, baseURL!, false, 320);
  await goToSuomiFi(relative);
  await identifyAs(relative, 'newcomer', LOA.substantial);
  await expect(relative.locator('h1')).toHaveText('Emme löytäneet sinua');

  // Riikka, with the keyboard only where it matters: the link from her client's card, the form.
  const counsellor = await newPage(browser, baseURL!);
  await signIn(counsellor, 'riikka');
  await usePreferences(counsellor, 'fi');
  await counsellor.goto('/clients');
  await counsellor.getByRole('link', { name: 'Miten Matti Räsänen kirjautuu' }).click();
  await expect(counsellor.locator('h1')).toHaveText('Miten Matti Räsänen kirjautuu');
  await expect(counsellor.locator('main')).toContainText('Matti Räsänen voi kirjautua tunnistautumalla.');
  await counsellor.getByLabel('Omaisen nimi').fill('Pekka Uusitalo');
  await counsellor.getByLabel('Omaisen henkilötunnus').fill('150390-934F');
  await counsellor.getByRole('button', { name: 'Anna omaisen kirjautua' }).press('Enter');
  // A typing error comes back beside the field, the name kept; the error summary takes the focus.
  await expect(counsellor.locator('.error-summary li')).toHaveText(['Viimeinen merkki ei täsmää tunnuksen muihin merkkeihin: tarkista tunnus']);
  await expect(counsellor.getByLabel('Omaisen nimi')).toHaveValue('Pekka Uusitalo');
  await counsellor.getByLabel('Omaisen henkilötunnus').fill('150390-934E');
  await counsellor.getByRole('button', { name: 'Anna omaisen kirjautua' }).press('Enter');
  await expect(counsellor.locator('.notice')).toHaveText(/Omainen voi nyt kirjautua tunnistautumalla\./);
  await expect(counsellor.locator('main li', { hasText: 'Pekka Uusitalo' })).toHaveCount(1);
  expect(await counsellor.content()).not.toContain('150390-934E');
  await counsellor.getByRole('link', { name: 'Kuka saa hoitaa asiakkaan Matti Räsänen asioita' }).click();
  await counsellor.getByLabel('Pekka Uusitalo').check();
  await counsellor.getByLabel('Katsoa ja hoitaa asioita').check();
  await counsellor.getByRole('button', { name: 'Tallenna valtuutus' }).click();
  await expect(counsellor.locator('main')).toContainText('Pekka Uusitalo saa katsoa ja hoitaa asioita.');
  await counsellor.context().close();

  await goToSuomiFi(relative);
  await identifyAs(relative, 'newcomer', LOA.substantial);
  await inFinnish(relative);
  await expect(relative.locator('.signed-in')).toContainText('Kirjautunut: Pekka Uusitalo');
  await expect(relative.locator('.helping-banner')).toContainText('Matti Räsänen');
  await relative.context().close();
});

test('staff sign in through their organisation with the role it gives them, and only with it', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Kirjaudu työtunnuksilla' }).click();
  await expect(page.locator('h1')).toHaveText(STAFF);
  await identifyAs(page, 'riikka');
  await inFinnish(page);
  await expect(page.locator('.signed-in')).toContainText('Kirjautunut: Riikka Savolainen');
  await page.goto('/clients');
  await expect(page.locator('h1')).toHaveText('Asiakkaani');
  await page.context().close();

  const other = await newPage(browser, baseURL!);
  await other.goto('/sign-in');
  await other.getByRole('link', { name: 'Kirjaudu työtunnuksilla' }).click();
  await identifyAs(other, 'olli-no-role');
  await expect(other.locator('main')).toContainText('Näillä tunnuksilla ei voi kirjautua tähän palveluun.');
  await expect(other.locator('.signed-in')).toHaveCount(0);
  await other.context().close();
});

test("the portal's keys rotate without a break: a new key is published first and signs later", async ({ browser, baseURL, request }) => {
  // The provider keeps the portal's keys for 60 seconds; scripts/test.sh sets a grace time of 61.
  test.setTimeout(150_000);
  const dirs = (process.env.PORTAL_KEY_DIRS ?? '').split(',');
  const urls = (process.env.PORTAL_URLS ?? '').split(',');
  const dir = dirs[urls.indexOf(baseURL!)];
  expect(dir, "PORTAL_KEY_DIRS names each portal's key folder (scripts/test.sh sets it)").toBeTruthy();
  const published = async () =>
    (await (await request.get('/.well-known/jwks.json')).json()).keys.map((k: { kid: string }) => k.kid) as string[];
  const before = await published();

  // Which key signed the request object on the way to the provider.
  const signedWith = async (person: string) => {
    const page = await newPage(browser, baseURL!);
    let kid = '';
    page.on('request', (r) => {
      const jwt = new URL(r.url()).searchParams.get('request');
      if (jwt) kid = JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).kid;
    });
    await goToSuomiFi(page);
    await identifyAs(page, person, LOA.substantial);
    await expect(page.locator('.signed-in')).toBeVisible();
    await page.context().close();
    return kid;
  };

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const file = join(dir, `rotated-${Date.now()}.pem`);
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const written = Date.now();
  const both = await published();
  // Each key is published twice: to check the portal's signatures, and to encrypt to the portal.
  expect(both.length).toBe(before.length + 2);
  expect(both).toEqual(expect.arrayContaining(before));
  const fresh = both.find((kid) => !before.includes(kid) && !kid.endsWith('-enc'))!;
  expect(both).toContain(`${fresh}-enc`);

  // Published at once, but an old key still signs: a provider that cached the keys is not broken.
  expect(before).toContain(await signedWith('aino'));
  // After the grace time the new key signs, and sign-in keeps working.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, written + 62_000 - Date.now())));
  expect(await signedWith('veikko')).toBe(fresh);
});
