import { test, expect, type Page as BrowserPage } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './helpers';
import { ROUTES } from './routes';

// The Nu HTML checker (vnu, the W3C's own) on the HTML the server sends for every route, and for
// a form sent back with its errors: assistive technology reads the markup, not the picture, so
// markup errors are errors a person meets. Needs Java (install-tools.sh) and the vnu-jar package.
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');

type Page = { where: string; html: string };

/** The HTML the server sends for `path`, fetched by the signed-in page itself (the session cookie
 * is `__Host-`, sent only with the browser's own requests); a redirect (to sign in) is a failure. */
async function fetchHtml(page: BrowserPage, path: string): Promise<string> {
  const response = await page.evaluate(async (p) => {
    const r = await fetch(p);
    return { status: r.status, redirected: r.redirected, html: await r.text() };
  }, path);
  expect([response.status, response.redirected], path).toEqual([200, false]);
  return response.html;
}

test('the Nu HTML checker finds no error in the server HTML of any route', async ({ browser, baseURL }) => {
  test.setTimeout(ROUTES.length * 10_000 + 60_000);
  const pages: Page[] = [];
  const users = [...new Set(ROUTES.map((r) => r.user))];
  for (const user of users) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (user) await signIn(page, user);
    else await page.goto('/');
    for (const route of ROUTES.filter((r) => r.user === user)) {
      pages.push({ where: `${route.path}${user ? ` (${user})` : ''}`, html: await fetchHtml(page, route.path) });
    }
    if (!user) {
      // A form with its errors: the summary, the fields' messages and their links.
      const failed = await context.request.post('/sign-in', {
        form: { username: 'aino', password: 'wrong' },
        headers: { Origin: baseURL! },
      });
      pages.push({ where: '/sign-in after a wrong password', html: await failed.text() });
    }
    await context.close();
  }

  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  try {
    const files = pages.map((p, i) => {
      const file = join(dir, `${i}.html`);
      writeFileSync(file, p.html);
      return file;
    });
    const out = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const messages: { url: string; message: string; extract?: string }[] = JSON.parse(out).messages;
    const errors = messages.map((m) => {
      const index = Number(m.url.replace(/.*\/(\d+)\.html$/, '$1'));
      return `${pages[index]?.where ?? m.url}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`;
    });
    console.log(`vnu checked ${pages.length} pages`);
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
