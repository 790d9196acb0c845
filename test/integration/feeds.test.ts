/**
 * The feeds of changes over HTTP: Atom (RFC 4287) element by element, JSON Feed 1.1's required
 * fields, a membership added through the API in both at once, nothing simulated, filters, and
 * bad filters refused in French and English.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { useScratchWith } from '../support/databases.ts';
import { post, serve } from '../support/http.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// A name made to be escaped; a real offer; a simulated membership, recorded later than all.
const FIXTURE = `
  CREATE (d35:Departement:Collectivite {id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', source: 'test'})
  CREATE (m:Opsn {id: 'opsn:megalis', nom: 'Mégalis <Bretagne> & "Co"', source: 'test'})
  CREATE (m)-[:INTERVIENT_DANS {source: 'test'}]->(d35)
  CREATE (b:Opsn {id: 'opsn:beta', nom: 'Bêta', source: 'test'})
  CREATE (s:Service {id: 'service:dpd', nom: 'DPD', source: 'test'})
  CREATE (m)-[:PROPOSE {depuis: '2019-01-01', source: 'public:https://megalis.example/offre',
                        enregistreLe: '2025-01-01T10:00:00.000Z'}]->(s)
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', departement: '35', nom: 'Rennes', source: 'test'})
  CREATE (sim:Commune:Collectivite {id: 'commune:29019', code: '29019', departement: '29', nom: 'Brest simulée', source: 'test'})
  CREATE (sim)-[:ADHERE_A {depuis: '2021-01-01', source: 'synthetic', enregistreLe: '2099-01-01T00:00:00.000Z'}]->(b)
`;

let admin: string;
const { opened: served } = useScratchWith(
  async (scratch) => {
    await scratch.run(FIXTURE);
    await refreshAllServes(scratch.graph);
  },
  async (scratch) => {
    const keys = await createTokenKeys({ secret: SECRET });
    admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
    return serve(scratch.driver, { tokenKeys: keys });
  },
);

async function get(path: string) {
  const response = await fetch(`${served().url}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

function parseAtom(text: string) {
  const doc = new new Window().DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** The direct children of `parent` named `name`. */
const children = (parent: Element, name: string) =>
  [...parent.children].filter((child) => child.localName === name);
const one = (parent: Element, name: string) => {
  const found = children(parent, name);
  expect(found, `<${name}> in <${parent.localName}>`).toHaveLength(1);
  return found[0]!;
};

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; title: string; content_text: string; date_published: string }[];
}

describe('the Atom feed', () => {
  it('is an Atom document, checked element by element, its text escaped', async () => {
    const answer = await get('/donnees/changements.atom');
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/atom+xml; charset=utf-8');
    expect(answer.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const feed = parseAtom(answer.text).documentElement as unknown as Element;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    expect(one(feed, 'id').textContent).toBe(`${served().url}/donnees/changements.atom`);
    expect(one(feed, 'title').textContent).toContain('changements');
    expect(one(feed, 'updated').textContent).toMatch(RFC3339);
    const self = children(feed, 'link').find((link) => link.getAttribute('rel') === 'self')!;
    expect(self.getAttribute('href')).toBe(`${served().url}/donnees/changements.atom`);
    expect(one(one(feed, 'author'), 'name').textContent).toBe('Maillage');
    const entries = children(feed, 'entry');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(one(entry, 'id').textContent).toMatch(/^urn:maillage:changement:/);
      expect(one(entry, 'title').textContent).not.toBe('');
      expect(one(entry, 'updated').textContent).toMatch(RFC3339);
      expect(one(entry, 'link').getAttribute('href')).toMatch(new RegExp(`^${served().url}/`));
    }
    const offer = entries.find((entry) =>
      one(entry, 'title').textContent!.includes('propose DPD'),
    )!;
    // The name with markup in it is text: escaped in the XML, whole once read.
    expect(one(offer, 'title').textContent).toBe('Mégalis <Bretagne> & "Co" propose DPD');
    expect(answer.text).toContain('Mégalis &lt;Bretagne&gt; &amp; &quot;Co&quot;');
    expect(one(offer, 'updated').textContent).toBe('2025-01-01T10:00:00.000Z');
    expect(one(offer, 'link').getAttribute('href')).toBe(
      `${served().url}/fiches/operateur/megalis`,
    );
  });
});

describe('the JSON feed', () => {
  it('has JSON Feed 1.1’s required fields', async () => {
    const answer = await get('/donnees/changements.json');
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(answer.text) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).not.toBe('');
    expect(feed.home_page_url).toBe(`${served().url}/`);
    expect(feed.feed_url).toBe(`${served().url}/donnees/changements.json`);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:maillage:changement:/);
      expect(item.url).toMatch(new RegExp(`^${served().url}/`));
      expect(item.title).not.toBe('');
      expect(item.content_text).toContain(item.title);
      expect(item.date_published).toMatch(RFC3339);
    }
  });
});

describe('both feeds', () => {
  it('show a membership added through the API at once, first', async () => {
    const added = await post(
      served().url,
      {
        query: `mutation { ajouterAdhesion(opsnId: "opsn:megalis", collectiviteId: "commune:35238", depuis: "2024-09-01") { depuis } }`,
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(added.json.errors).toBeUndefined();
    const json = JSON.parse((await get('/donnees/changements.json')).text) as JsonFeed;
    expect(json.items[0]!.title).toBe('Rennes adhère à Mégalis <Bretagne> & "Co"');
    expect(json.items[0]!.content_text).toContain('le 2024-09-01');
    const atom = parseAtom((await get('/donnees/changements.atom')).text)
      .documentElement as unknown as Element;
    const first = children(atom, 'entry')[0]!;
    expect(one(first, 'title').textContent).toBe('Rennes adhère à Mégalis <Bretagne> & "Co"');
    expect(one(first, 'id').textContent).toBe(json.items[0]!.id);
  });

  it('leave simulated facts out', async () => {
    for (const path of ['/donnees/changements.json', '/donnees/changements.atom']) {
      const text = (await get(path)).text;
      expect(text).not.toContain('Brest simulée');
    }
    const beta = JSON.parse((await get('/donnees/changements.json?opsn=beta')).text) as JsonFeed;
    expect(beta.items).toEqual([]);
  });

  it('are narrowed by operator, département and service', async () => {
    const titles = async (query: string) =>
      (JSON.parse((await get(`/donnees/changements.json?${query}`)).text) as JsonFeed).items.map(
        (item) => item.title,
      );
    expect(await titles('service=dpd')).toEqual(['Mégalis <Bretagne> & "Co" propose DPD']);
    expect(await titles('service=service:dpd&departement=35')).toEqual([
      'Mégalis <Bretagne> & "Co" propose DPD',
    ]);
    expect(await titles('opsn=opsn:megalis')).toHaveLength(2);
    expect(await titles('departement=29')).toEqual([]);
  });

  it('refuse a bad filter with 400, in French and English', async () => {
    for (const query of [
      'departement=999',
      'opsn=inconnu',
      'opsn=pas%20un%20id',
      'service=service:inconnu',
      'couleur=rouge',
      'opsn=megalis&opsn=beta',
    ]) {
      for (const format of ['atom', 'json']) {
        const answer = await get(`/donnees/changements.${format}?${query}`);
        expect(answer.status, `${format}?${query}`).toBe(400);
        const body = JSON.parse(answer.text) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
        expect(body.errors[0]!.message, query).toMatch(/.+ \/ .+/);
      }
    }
  });
});
