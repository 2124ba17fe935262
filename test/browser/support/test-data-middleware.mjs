/**
 * Test endpoints for partner `src` files, served by the test runner's own server under `/test-data/`.
 * Each path is one way a partner file can go wrong (or right).
 */
import { readFileSync } from 'node:fs';

const valid = () => JSON.parse(readFileSync(new URL('../fixtures/partner-valid.json', import.meta.url), 'utf8'));

const mnLine = (id, topics) => ({
  id,
  name: `Partner ${id}`,
  description: 'A fictional partner line for tests.',
  region: 'us-mn',
  topics,
  channels: [{ kind: 'call', number: '+12025550142', display: '(202) 555-0142' }],
  verified: '2026-11-01',
});

const routes = {
  'valid.json': (ctx) => json(ctx, valid()),
  'alternate.json': (ctx) => {
    const data = valid();
    data.resources[0].id = 'alternate-line';
    data.resources[0].name = { en: 'Alternate Partner Line' };
    json(ctx, data);
  },
  'not-found.json': (ctx) => {
    ctx.status = 404;
    ctx.body = 'not found';
  },
  'server-error.json': (ctx) => {
    ctx.status = 500;
    ctx.body = 'boom';
  },
  'malformed.json': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = '{"version": 1, "resources": [';
  },
  'invalid.json': (ctx) => json(ctx, { version: 2, resources: 'nope' }),
  'html.json': (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Sign in</p>';
  },
  'oversize.json': (ctx) => {
    ctx.type = 'application/json';
    const filler = 'x'.repeat(1024 * 1024 + 10);
    ctx.body = JSON.stringify({ version: 1, resources: [], padding: filler });
  },
  'hostile.json': (ctx) => json(ctx, hostile()),
  // Minnesota, a state without a statewide line: a partner's support line, a partner's reporting line, and a file
  // that shows only its own lines (fictional 555-01xx numbers).
  'mn-support.json': (ctx) => json(ctx, { version: 1, resources: [mnLine('mn-youth-support', ['support'])] }),
  'mn-report.json': (ctx) => json(ctx, { version: 1, resources: [mnLine('mn-county-intake', ['child-abuse', 'report'])] }),
  'mn-only.json': (ctx) => json(ctx, { version: 1, replaceBundled: true, resources: [mnLine('mn-youth-support', ['support'])] }),
  'facts-partner.json': (ctx) => json(ctx, partnerFacts()),
  'facts-elsewhere.json': (ctx) => {
    const data = partnerFacts();
    data.facts = data.facts.map((fact) => ({ ...fact, region: 'zz' }));
    json(ctx, data);
  },
  'banner-partner.json': (ctx) => json(ctx, partnerBanner()),
  'facts-profile-two-sources.json': (ctx) => json(ctx, profileTwoSources()),
  // A redirect to `to`: the loader must refuse a final address off https: and off the page's origin.
  'redirect.json': (ctx) => {
    ctx.status = 302;
    ctx.set('location', String(ctx.query.to));
  },
  'slow.json': async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 3000)));
    json(ctx, valid());
  },
};

function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * Hostile strings, forbidden schemes and prototype-pollution keys, beside one good entry. The listing with the hostile
 * name keeps one good channel (a display with markup is refused like any display that is not a phone number), so its
 * name is rendered, as text.
 */
function hostile() {
  const good = valid().resources[0];
  return `{
    "version": 1,
    "__proto__": { "polluted": "yes" },
    "constructor": { "prototype": { "polluted": "yes" } },
    "resources": [
      ${JSON.stringify(good)},
      {
        "id": "script-name",
        "__proto__": { "polluted": "yes" },
        "name": { "en": "<img src=x onerror=alert(1)><script>window.__pwned=1</script>Evil" },
        "description": "<b>bold</b>",
        "region": "us",
        "topics": ["report"],
        "channels": [
          { "kind": "web", "url": "javascript:alert(1)" },
          { "kind": "web", "url": "data:text/html,<script>alert(1)</script>" },
          { "kind": "web", "url": "http://insecure.example/" },
          { "kind": "call", "number": "javascript:alert(1)", "display": "911" },
          { "kind": "text", "number": "233733", "display": "233733", "keyword": "HELP&body=evil" },
          { "kind": "call", "number": "+15550100", "display": "<b>555</b>" },
          { "kind": "call", "number": "+12025550123", "display": "<b>(202) 555-0123</b>" },
          { "kind": "call", "number": "+12025550123", "display": "(202) 555-0123" }
        ],
        "verified": "2026-11-24"
      },
      {
        "id": "only-bad-links",
        "name": "Bad links only",
        "description": "Every channel here is unsafe.",
        "region": "us",
        "channels": [{ "kind": "web", "url": "JaVaScRiPt:alert(1)" }, { "kind": "email", "address": "a@b.c?body=<script>" }],
        "verified": "2026-11-24"
      }
    ]
  }`;
}

/** Partner facts: one good, one without a source, one disputed without its caveat (the last two are left out). */
function partnerFacts() {
  const source = { title: 'Partner county report', publisher: 'Example County', year: 2025, url: 'https://example.org/report' };
  return {
    version: 1,
    facts: [
      {
        id: 'partner-figure',
        scope: 'national',
        region: 'us',
        figure: '42%',
        statement: 'A partner figure, for tests: 42% of something.',
        source,
        confidence: 'disputed',
        caveat: 'A partner caveat, for tests.',
      },
      { id: 'partner-no-source', scope: 'national', region: 'us', figure: '99%', statement: 'A partner figure without a source.' },
      { id: 'partner-no-caveat', scope: 'national', region: 'us', figure: '77%', statement: 'A disputed partner figure without a caveat.', source, confidence: 'disputed' },
    ],
  };
}

/** A partner profile whose lead and bars cite two different sources, one bar disputed with its caveat. */
function profileTwoSources() {
  const county = { title: 'County youth survey', publisher: 'Example County', year: 2025 };
  const state = { title: 'State youth report', publisher: 'Example State', year: 2024, url: 'https://example.org/state' };
  const fact = (id, figure, label, source, extra = {}) => ({
    id, scope: 'local', region: 'us', group: 'profile', figure, statement: `${label}, for tests.`, label, source, ...extra,
  });
  return {
    version: 1,
    facts: [
      fact('profile-lead', '200', 'Young people surveyed', county),
      fact('profile-a', '50%', 'Partner bar A', county),
      fact('profile-b', '12.5%', 'Partner bar B', state, { confidence: 'disputed', caveat: 'Partner bar caveat.' }),
    ],
  };
}

/** A partner's own tip line and its own emergency number (fictional 555-01xx numbers; 112 to tell it from ours). */
function partnerBanner() {
  return {
    version: 1,
    resources: [
      {
        id: 'partner-tip-line',
        name: 'Partner Tip Line',
        description: 'A partner tip line, for tests.',
        region: 'us-ca-stanislaus',
        topics: ['report'],
        channels: [
          { kind: 'call', number: '+12025550123', display: '(202) 555-0123' },
          { kind: 'text', number: '+12025550124', display: '(202) 555-0124', keyword: 'TIP' },
        ],
        verified: '2026-11-24',
      },
      {
        id: 'partner-emergency',
        name: 'Partner emergency number',
        description: 'For tests.',
        region: 'us',
        topics: ['emergency'],
        channels: [{ kind: 'call', number: '112', display: '112', hours: '24/7' }],
        verified: '2026-11-24',
      },
    ],
  };
}

export function testDataMiddleware(ctx, next) {
  const match = ctx.path.match(/^\/test-data\/([\w.-]+)$/);
  if (!match || !routes[match[1]]) return next();
  ctx.set('cache-control', 'no-store');
  // `?cors`: readable from another origin (the page's http: twin on the same server), as a partner's CDN would be.
  if ('cors' in ctx.query) ctx.set('access-control-allow-origin', '*');
  return routes[match[1]](ctx);
}
