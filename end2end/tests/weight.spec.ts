import { test, expect, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { signIn } from './helpers';
import { ROUTES } from './routes';

// What the first visit to each route costs a phone on prepaid data: every request, bytes over
// the wire (compressed, headers included), of which WebAssembly. A page with no island loads
// no WebAssembly; a repeat visit fetches only the page itself.
const KB = 1024;
const BUDGET = 150 * KB;
const BUDGET_WITHOUT_ISLANDS = 40 * KB;


/** `fetched`: what came over the network besides the page itself. */
type Visit = { requests: number; bytes: number; wasm: number; islands: boolean; fetched: string[] };

async function visit(page: Page, path: string): Promise<Visit> {
  const responses: Response[] = [];
  const record = (response: Response) => responses.push(response);
  page.on('response', record);
  await page.goto(path);
  const islands = (await page.locator('leptos-island').count()) > 0;
  if (islands) await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await page.waitForLoadState('networkidle');
  page.off('response', record);
  let bytes = 0;
  let wasm = 0;
  const fetched: string[] = [];
  for (const response of responses) {
    const sizes = await response.request().sizes();
    const transferred = sizes.responseBodySize + sizes.responseHeadersSize;
    bytes += transferred;
    if (new URL(response.url()).pathname.endsWith('.wasm')) wasm += transferred;
    if (transferred > 0 && response.request().resourceType() !== 'document') fetched.push(new URL(response.url()).pathname);
  }
  return { requests: responses.length, bytes, wasm, islands, fetched };
}

type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Each person's sign-in (its cookie), made once and carried into each new browser. */
const signedIn = new Map<string, SignedIn>();

/** A new browser (empty cache) with the person signed in, or nobody. */
async function freshBrowser(browser: Browser, user?: string) {
  let storageState = user ? signedIn.get(user) : undefined;
  if (user && !storageState) {
    const signing = await browser.newContext();
    await signIn(await signing.newPage(), user);
    storageState = await signing.storageState();
    signedIn.set(user, storageState);
    await signing.close();
  }
  return browser.newContext({ storageState, viewport: { width: 320, height: 640 } });
}

// Three parts, so that the two workers share them: the whole takes about three minutes.
test.describe.configure({ mode: 'parallel' });
const PARTS = 3;

for (let part = 0; part < PARTS; part++) {
  const routes = ROUTES.filter((_, i) => i % PARTS === part);
  test(`every route within its weight budget on the first visit, and only the page on the next (part ${part + 1} of ${PARTS})`, async ({ browser }) => {
    test.setTimeout(routes.length * 20_000);
    const rows: string[] = [];
    const over: string[] = [];
    for (const route of routes) {
      const context = await freshBrowser(browser, route.user);
      const page = await context.newPage();
      const first = await visit(page, route.path);
      const again = await visit(page, route.path);
      await context.close();
      const where = `${route.path}${route.user ? ` (${route.user})` : ''}`;
      const budget = first.islands ? BUDGET : BUDGET_WITHOUT_ISLANDS;
      rows.push(
        `| ${where} | ${first.islands ? 'yes' : 'no'} | ${first.requests} | ${(first.bytes / KB).toFixed(1)} | ${(first.wasm / KB).toFixed(1)} | ${(again.bytes / KB).toFixed(1)} |`,
      );
      if (first.bytes > budget) over.push(`${where}: ${first.bytes} bytes, budget ${budget}`);
      if (!first.islands && first.wasm > 0) over.push(`${where}: WebAssembly on a page without islands`);
      if (again.fetched.length > 0) over.push(`${where}: the repeat visit fetched ${again.fetched.join(', ')} again`);
    }
    console.log(
      ['| route | islands | requests | KB first visit | of which WebAssembly | KB repeat visit |', '|---|---|---|---|---|---|', ...rows].join('\n'),
    );
    expect(over).toEqual([]);
  });
}
