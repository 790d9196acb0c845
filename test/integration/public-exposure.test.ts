/**
 * What a server put online shows to anyone: its headers, its errors, its schema. The main
 * command is checked as users run it (a real process), the rest through createApp.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitsOf, loadConfig } from '../../server/config.ts';
import { freePort } from '../setup/free-port.ts';
import {
  openReferenceGraph,
  openScratchGraph,
  scratchDatabase,
  type TestGraph,
} from '../support/databases.ts';
import { post, serve, type Served } from '../support/http.ts';

const NORMAL = { query: '{ node(id: "commune:24322") { id ... on Commune { nom } } }' };

function expectNoInternals(text: string) {
  expect(text).not.toMatch(/<html|<pre|stack|at [\w.<>]+ \(|node_modules|\.ts:\d+|MATCH \(/i);
}

describe('the configuration a user gets without setting anything', () => {
  it('is production: no introspection, same-origin CORS', () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe('production');
    const limits = limitsOf(config);
    expect(limits.introspection).toBe(false);
    expect(limits.corsOrigins).toEqual([]);
    const development = limitsOf(loadConfig({ NODE_ENV: 'development' }));
    expect(development.introspection).toBe(true);
    expect(development.corsOrigins).toEqual(['*']);
    expect(limitsOf(loadConfig({ GRAPHQL_INTROSPECTION: 'true' })).introspection).toBe(true);
    expect(
      limitsOf(loadConfig({ CORS_ORIGINS: 'https://a.fr, https://b.fr' })).corsOrigins,
    ).toEqual(['https://a.fr', 'https://b.fr']);
  });
});

describe('a production server', () => {
  let db: TestGraph;
  let served: Served;
  beforeAll(async () => {
    db = openReferenceGraph();
    served = await serve(db.driver, { production: true, limits: limitsOf(loadConfig({})) });
  });
  afterAll(async () => {
    await served.stop();
    await db.close();
  });

  it('sends a strict Content-Security-Policy and the usual headers on every response', async () => {
    const responses = await Promise.all([
      fetch(`${served.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(NORMAL),
      }),
      fetch(`${served.url}/`),
      fetch(`${served.url}/carte`),
      fetch(`${served.url}/health/live`),
      fetch(`${served.url}/nothing-here.js`),
    ]);
    expect(responses[0]?.status).toBe(200);
    expect(responses[4]?.status).toBe(404);
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/style-src 'self'(;|$)/);
      expect(csp).toMatch(/connect-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('reflects no foreign origin', async () => {
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify(NORMAL),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${served.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers refusals made before GraphQL in GraphQL shape, with a stable code and no trace', async () => {
    const cases: Array<[string, RequestInit, number, string]> = [
      [
        'malformed JSON',
        { body: '{"query": "{ __typename ', headers: { 'content-type': 'application/json' } },
        400,
        'INVALID_JSON',
      ],
      [
        'a body over the limit',
        {
          body: JSON.stringify({ ...NORMAL, variables: { x: 'x'.repeat(2 * 1024 * 1024) } }),
          headers: { 'content-type': 'application/json' },
        },
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        'a body that is not JSON',
        {
          body: 'query={__typename}',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'plain text',
        { body: '{ __typename }', headers: { 'content-type': 'text/plain' } },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ];
    for (const [, init, status, code] of cases) {
      const response = await fetch(`${served.url}/graphql`, { method: 'POST', ...init });
      const text = await response.text();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const json = JSON.parse(text);
      expect(json.errors[0].extensions.code).toBe(code);
      expect(json.errors[0].message).toMatch(/ \/ /); // French / English
      expectNoInternals(text);
    }
    expect((await post(served.url, NORMAL)).json.data.node.nom).toBe('Périgueux');
  });

  it('shows no trace, suggestion or schema in its GraphQL errors', async () => {
    const typo = await post(served.url, { query: '{ node(id: "commune:24322") { idd } }' });
    expect(typo.text).not.toMatch(/Did you mean/);
    expectNoInternals(typo.text);
    const introspection = await post(served.url, { query: '{ __schema { types { name } } }' });
    expect(introspection.json.errors[0].message).toMatch(/introspection du schéma est fermée/);
    expect(introspection.json.errors[0].message).toMatch(/introspection is disabled/);
    const bad = await post(served.url, { query: '{ node(id: "commune:") { id } }' });
    expect(bad.json.errors[0].extensions.stacktrace).toBeUndefined();
    expectNoInternals(bad.text);
  });
});

describe('npm start', () => {
  // The main command writes at start (migrations, search names, the retention of personal
  // data): it gets the worker's scratch database, with one commune so that it loads nothing.
  const scratch = openScratchGraph();
  beforeAll(async () => {
    await scratch.wipe();
    await scratch.run(
      "CREATE (:Collectivite:Commune {id: 'commune:24322', code: '24322', nom: 'Périgueux', source: 'insee-cog'})",
    );
  });
  afterAll(async () => {
    await scratch.wipe();
    await scratch.close();
  });

  it('runs the production server', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-start-'));
    const db = scratchDatabase();
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/start.ts'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        NEO4J_URI: db.uri,
        NEO4J_PASSWORD: db.password,
        MAILLAGE_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const ready = await fetch(`${url}/health/ready`).catch(() => null);
        if (ready?.status === 200) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const introspection = await post(url, { query: '{ __schema { queryType { name } } }' });
      expect(introspection.json.errors[0].message).toMatch(/introspection/i);
      const typo = await post(url, { query: '{ node(id: "commune:24322") { idd } }' });
      expect(typo.text).not.toMatch(/Did you mean/);
      const foreign = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: JSON.stringify(NORMAL),
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(output).not.toMatch(/Error/);
  }, 90_000);
});
