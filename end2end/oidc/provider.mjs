// A local OpenID Connect provider for the tests and the demo, built on the certified
// `oidc-provider` package and configured like Suomi.fi e-Identification: the authorization code
// flow with PKCE, signed request objects required, private_key_jwt client authentication
// against each portal's own JWKS address, Suomi.fi's levels of assurance as `acr`, and the
// identity code in the `urn:oid:1.2.246.21` claim of the ID token. With OIDC_KIND=staff it plays
// an organisation's sign-in instead: the user name and the roles in claims.
//
// Environment: OIDC_PORT (listen on 127.0.0.1), OIDC_KIND (citizens | staff), OIDC_CLIENTS
// (comma-separated client_id=portal address pairs, one per portal that uses it).
//
// The sign-in page lists invented test people, as Suomi.fi's test environment does; a tester
// picks one and a way of identifying. Nothing here is ever a production identity provider.

import dns from 'node:dns';
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

// The portals listen on 127.0.0.1 only; "localhost" must not lead to ::1 first.
dns.setDefaultResultOrder('ipv4first');

const port = Number(process.env.OIDC_PORT ?? 4400);
const kind = process.env.OIDC_KIND ?? 'citizens';
const issuer = `http://localhost:${port}`;
const IDENTITY_CODE = 'urn:oid:1.2.246.21';

// The demo's people (server/src/demo/mod.rs), and two the portal does not know.
const CITIZENS = [
  { id: 'aino', name: 'Aino Kettunen', code: '120385-9015' },
  { id: 'veikko', name: 'Veikko Hirvonen', code: '030791-9025' },
  { id: 'leena', name: 'Leena Turunen', code: '250162-9032' },
  { id: 'matti', name: 'Matti Räsänen', code: '070448-9049' },
  { id: 'eeva', name: 'Eeva Huttunen', code: '141156-905J' },
  { id: 'elsa', name: 'Elsa Lindqvist', code: '300940-9065' },
  { id: 'juho', name: 'Juho Karhu', code: '190599-9073' },
  { id: 'sanna', name: 'Sanna Räsänen', code: '101070-908V' },
  { id: 'maija', name: 'Maija Partanen', code: '220688-9103' },
  { id: 'stranger', name: 'Tuntematon Testihenkilö', code: '010101-9998' },
  // Not in the demo either: a counsellor lets him sign in as a relative in the tests.
  { id: 'newcomer', name: 'Pekka Uusitalo', code: '150390-934E' },
];
// Staff as their organisations know them: a user name and roles. The last one is Olli without
// the organiser's role, to show the portal refusing a role its account does not have.
const STAFF = [
  { id: 'riikka', username: 'riikka', name: 'Riikka Savolainen', roles: ['counsellor'] },
  { id: 'olli', username: 'olli', name: 'Olli Mustonen', roles: ['organiser'] },
  { id: 'kotipiha', username: 'kotipiha', name: 'Kotipiha Oy', roles: ['provider'] },
  { id: 'olli-no-role', username: 'olli', name: 'Olli Mustonen (ei roolia)', roles: ['librarian'] },
];
const people = kind === 'staff' ? STAFF : CITIZENS;

// Suomi.fi's levels: loa1 is offered only so tests can show the portal refusing it.
const METHODS = [
  { acr: 'http://ftn.ficora.fi/2017/loa2', label: 'Testipankki (korotettu, substantial)' },
  { acr: 'http://ftn.ficora.fi/2017/loa3', label: 'Varmennekortti (korkea, high)' },
  { acr: 'http://ftn.ficora.fi/2017/loa1', label: 'Heikko tunnistus (loa1, vain testeihin)' },
];

const clients = (process.env.OIDC_CLIENTS ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => {
    const [clientId, portal] = pair.split('=');
    return {
      client_id: clientId,
      redirect_uris: [`${portal}/sign-in/identified`],
      post_logout_redirect_uris: [`${portal}/`],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'RS256',
      request_object_signing_alg: 'RS256',
      id_token_signed_response_alg: 'RS256',
      jwks_uri: `${portal}/.well-known/jwks.json`,
      // The provider tells the portal when a person's session with it ends (Back-Channel Logout).
      backchannel_logout_uri: `${portal}/sign-in/back-channel-logout`,
      backchannel_logout_session_required: true,
      // Suomi.fi encrypts the ID token to the e-service's published key.
      ...(kind === 'citizens'
        ? { id_token_encrypted_response_alg: 'RSA-OAEP-256', id_token_encrypted_response_enc: 'A256GCM' }
        : {}),
    };
  });

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: `test-${kind}-1`, use: 'sig', alg: 'RS256' };

const claimNames = kind === 'staff' ? ['preferred_username', 'roles', 'name'] : [IDENTITY_CODE, 'name'];

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [signingKey] },
  cookies: { keys: ['local test provider only'] },
  acrValues: METHODS.map((m) => m.acr),
  claims: { openid: ['sub', ...claimNames] },
  // Suomi.fi puts the person's attributes in the ID token.
  conformIdTokenClaims: false,
  clientAuthMethods: ['private_key_jwt'],
  enabledJWA: {
    requestObjectSigningAlgValues: ['RS256'],
    clientAuthSigningAlgValues: ['RS256'],
    idTokenSigningAlgValues: ['RS256'],
    idTokenEncryptionAlgValues: ['RSA-OAEP-256'],
    idTokenEncryptionEncValues: ['A256GCM'],
  },
  pkce: { required: () => true },
  // The provider refuses to fetch from loopback addresses (against SSRF); here every portal is on
  // loopback, so its keys are fetched without that guard.
  fetch: (url, options) => {
    delete options.dispatcher;
    return globalThis.fetch(url, options);
  },
  features: {
    devInteractions: { enabled: false },
    requestObjects: { enabled: true, requireSignedRequestObject: true },
    rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    backchannelLogout: { enabled: true },
    encryption: { enabled: true },
  },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60, IdToken: 300, AccessToken: 300 },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const person = people.find((p) => p.id === id);
    if (!person) return undefined;
    return {
      accountId: id,
      async claims() {
        return kind === 'staff'
          ? { sub: id, preferred_username: person.username, roles: person.roles, name: person.name }
          : { sub: id, [IDENTITY_CODE]: person.code, name: person.name };
      },
    };
  },
  // The portal is the only client and asks for nothing beyond identification: no consent page.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    grant.addOIDCClaims(['sub', ...claimNames]);
    await grant.save();
    return grant;
  },
});

function page(title, body) {
  return `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem}
fieldset{margin:0 0 1rem;border:1px solid #555}label{display:block;padding:.25rem 0}
button{font:inherit;padding:.5rem 1rem;margin:0 .5rem .5rem 0}</style></head>
<body><main>${body}</main></body></html>`;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function logoutSource(ctx, form) {
  ctx.body = page('Kirjaudu ulos', `<h1>Kirjaudu ulos tunnistuksesta</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Kirjaudu ulos</button>`);
}

async function postLogoutSuccessSource(ctx) {
  ctx.body = page('Uloskirjautunut', '<h1>Olet kirjautunut ulos</h1>');
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    const title = kind === 'staff' ? 'Organisaation kirjautuminen (testi)' : 'Suomi.fi-tunnistus (testi)';
    const options = people
      .map((p, i) => `<label><input type="radio" name="person" value="${p.id}"${i ? '' : ' checked'}> ${escape(p.name)}</label>`)
      .join('');
    const methods = kind === 'staff'
      ? ''
      : `<fieldset><legend>Tunnistustapa</legend>${METHODS.map((m, i) => `<label><input type="radio" name="acr" value="${m.acr}"${i ? '' : ' checked'}> ${escape(m.label)}</label>`).join('')}</fieldset>`;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page(title, `<h1>${title}</h1>
<form method="post" action="/interaction/${details.uid}">
<fieldset><legend>Testihenkilö</legend>${options}</fieldset>${methods}
<button type="submit" name="do" value="login">Tunnistaudu</button>
<button type="submit" name="do" value="cancel">Peruuta</button>
</form>`));
    return;
  }
  const form = await readForm(req);
  if (form.get('do') === 'cancel') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled' }, { mergeWithLastSubmission: false });
    return;
  }
  const person = people.find((p) => p.id === form.get('person'));
  if (!person) {
    res.statusCode = 400;
    res.end('unknown test person');
    return;
  }
  const acr = kind === 'staff' ? undefined : form.get('acr');
  await provider.interactionFinished(req, res, { login: { accountId: person.id, ...(acr ? { acr } : {}) } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
http
  .createServer((req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    } else {
      callback(req, res);
    }
  })
  .listen(port, '127.0.0.1', () => console.log(`local ${kind} identity provider at ${issuer}`));
