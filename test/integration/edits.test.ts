/**
 * Authenticated edits over HTTP, on a small drawn graph: who may write what, what a write
 * records, and that every refused write changes nothing.
 */
import { SignJWT } from 'jose';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenKeys, type TokenClaims, type TokenKeys } from '../../server/auth/tokens.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { useScratchWith } from '../support/databases.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { applyRetention } from '../../server/personal-data-retention.ts';
import { post, serve, type Served } from '../support/http.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const indices = [1, 2, 3, 4, 5, 6];

// Three operators; communes 24001…24006 (the authorization matrix's) and 24201…24206 (the other
// tests') adhere to none, 24101…24106 to alpha and beta, 24301…24306 to delta; services and
// software s1…s6. Delta is the import's: a real file for it removes its simulated memberships,
// which no other test reads.
const FIXTURE = `
  CREATE (:Opsn {id: 'opsn:alpha', nom: 'Alpha', membreDeclic: true, source: 'synthetic', agents: 10, agentsSource: 'synthetic'})
  CREATE (:Opsn {id: 'opsn:beta', nom: 'Bêta', membreDeclic: true, source: 'synthetic'})
  CREATE (:Opsn {id: 'opsn:delta', nom: 'Delta', membreDeclic: false, source: 'synthetic'})
  WITH 1 AS one
  UNWIND range(1, 6) AS i
  MATCH (alpha:Opsn {id: 'opsn:alpha'}), (beta:Opsn {id: 'opsn:beta'}), (delta:Opsn {id: 'opsn:delta'})
  CREATE (:Commune:Collectivite {id: 'commune:2400' + i, code: '2400' + i, nom: 'Libre ' + i, source: 'insee-cog'})
  CREATE (:Commune:Collectivite {id: 'commune:2420' + i, code: '2420' + i, nom: 'Témoin ' + i, source: 'insee-cog'})
  CREATE (m:Commune:Collectivite {id: 'commune:2410' + i, code: '2410' + i, nom: 'Membre ' + i, source: 'insee-cog'})
  CREATE (m)-[:ADHERE_A {depuis: '2015-01-0' + i, source: 'synthetic'}]->(alpha)
  CREATE (m)-[:ADHERE_A {depuis: '2016-01-0' + i, source: 'synthetic'}]->(beta)
  CREATE (d:Commune:Collectivite {id: 'commune:2430' + i, code: '2430' + i, nom: 'Membre de Delta ' + i, source: 'insee-cog'})
  CREATE (d)-[:ADHERE_A {depuis: '2017-01-0' + i, source: 'synthetic'}]->(delta)
  CREATE (:Service {id: 'service:s' + i, nom: 'Service ' + i, famille: 'test', source: 'synthetic'})
  CREATE (:Logiciel {id: 'logiciel:l' + i, nom: 'Logiciel ' + i, source: 'synthetic'})
`;

const DUMP = `
  MATCH (n) WHERE NOT n:Modification AND NOT n:Revision
  OPTIONAL MATCH (n)-[r]->(m)
  WITH n, r, m ORDER BY n.id, type(r), m.id
  RETURN collect([n.id, properties(n), type(r), m.id, properties(r)]) AS dump`;

let keys: TokenKeys;
const tokens: Record<string, string> = {};
const { scratch, opened: served } = useScratchWith(
  async (scratch) => {
    await scratch.run(FIXTURE);
    await refreshAllServes(scratch.graph);
    keys = await createTokenKeys({ secret: SECRET });
    const mint = (claims: TokenClaims) => keys.sign(claims, '1h');
    tokens.admin = await mint({ subject: 'alice@declic.fr', role: 'admin' });
    tokens.editorAlpha = await mint({
      subject: 'bob@alpha.fr',
      role: 'opsn-editor',
      opsnId: 'opsn:alpha',
    });
  },
  (scratch) => serve(scratch.driver, { tokenKeys: keys }),
);

async function dump(): Promise<string> {
  const { records } = await scratch.driver.executeQuery(DUMP, {}, { database: 'neo4j' });
  return JSON.stringify(records[0]!.get('dump'));
}

/** The dump, leaving out what an edit of the node `id`'s name is expected to change. */
async function dumpWithoutEdits(id: string): Promise<unknown[]> {
  const rows = JSON.parse(await dump()) as Array<[string, Record<string, unknown>, ...unknown[]]>;
  return rows.map(([nodeId, properties, ...rest]) => {
    if (nodeId !== id) return [nodeId, properties, ...rest];
    const {
      nom: _nom,
      nomRecherche: _searched,
      modifiePar: _by,
      modifieLe: _at,
      ...kept
    } = properties;
    return [nodeId, kept, ...rest];
  });
}

async function journalSize(): Promise<number> {
  const { records } = await scratch.driver.executeQuery(
    'MATCH (m:Modification) RETURN count(m) AS n',
    {},
    { database: 'neo4j' },
  );
  return Number(records[0]!.get('n'));
}

const as = (who: string | null) =>
  who ? { authorization: `Bearer ${tokens[who] ?? who}` } : ({} as Record<string, string>);

async function gql(who: string | null, query: string, variables: Record<string, unknown> = {}) {
  return post(served().url, { query, variables }, as(who));
}

/** Runs a write that must be refused with `code`, and proves the graph did not move. */
async function refusedWith(
  code: string,
  who: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const before = await dump();
  const journal = await journalSize();
  const { json } = await gql(who, query, variables);
  expect(json.errors?.[0]?.extensions?.code, JSON.stringify(json)).toBe(code);
  expect(await dump()).toBe(before);
  expect(await journalSize()).toBe(journal);
  return json.errors[0].message as string;
}

const MUTATIONS = {
  modifierOpsn: (opsn: string, i: number) => ({
    query: `mutation($id: ID!, $agents: Int) { modifierOpsn(id: $id, modifications: { agents: $agents }) { id agents } }`,
    variables: { id: opsn, agents: 100 + i },
  }),
  ajouterAdhesion: (opsn: string, i: number) => ({
    query: `mutation($o: ID!, $c: ID!) { ajouterAdhesion(opsnId: $o, collectiviteId: $c, depuis: "2020-02-02") { enCours } }`,
    variables: { o: opsn, c: `commune:2400${i}` },
  }),
  terminerAdhesion: (opsn: string, i: number) => ({
    query: `mutation($o: ID!, $c: ID!) { terminerAdhesion(opsnId: $o, collectiviteId: $c, fin: "2024-06-30") { enCours fin } }`,
    variables: { o: opsn, c: `commune:2410${i}` },
  }),
  declarerService: (opsn: string, i: number) => ({
    query: `mutation($o: ID!, $s: ID!) { declarerService(opsnId: $o, serviceId: $s, propose: true) { id } }`,
    variables: { o: opsn, s: `service:s${i}` },
  }),
  declarerDistribution: (opsn: string, i: number) => ({
    query: `mutation($o: ID!, $l: ID!) { declarerDistribution(opsnId: $o, logicielId: $l, mode: SUPPORT) { id } }`,
    variables: { o: opsn, l: `logiciel:l${i}` },
  }),
};

// Role × target operator → expected outcome; each case works on its own collectivité or item.
const MATRIX: Array<[string | null, string, string]> = [
  [null, 'opsn:alpha', 'UNAUTHENTICATED'],
  [null, 'opsn:beta', 'UNAUTHENTICATED'],
  ['editorAlpha', 'opsn:alpha', 'OK'],
  ['editorAlpha', 'opsn:beta', 'FORBIDDEN'],
  ['admin', 'opsn:alpha', 'OK'],
  ['admin', 'opsn:beta', 'OK'],
];

describe('the authorization matrix', () => {
  for (const [name, mutation] of Object.entries(MUTATIONS)) {
    MATRIX.forEach(([who, opsn, expected], index) => {
      it(`${name}: ${who ?? 'anonymous'} on ${opsn} → ${expected}`, async () => {
        const { query, variables } = mutation(opsn, indices[index]!);
        if (expected !== 'OK') {
          await refusedWith(expected, who, query, variables);
          return;
        }
        const journal = await journalSize();
        const { json } = await gql(who, query, variables);
        expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
        expect(await journalSize()).toBe(journal + 1);
      });
    });
  }
});

describe('what a write records', () => {
  it('keeps who, when and the source on the operator, its facts and the journal', async () => {
    // Whatever the order of the tests, the three facts start unknown: the write changes each.
    await scratch.run(
      `MATCH (o:Opsn {id: 'opsn:beta'})
       REMOVE o.siren, o.sirenSource, o.anneeCreation, o.anneeCreationSource, o.sigle, o.sigleSource`,
    );
    const { json } = await gql(
      'admin',
      `mutation { modifierOpsn(id: "opsn:beta", source: "public:beta.fr/rapport-2024",
         modifications: { siren: "253 514 491", anneeCreation: 1999, sigle: "BETA" }) {
         siren anneeCreation sigle faits { champ valeur source } } }`,
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.modifierOpsn.siren).toBe('253514491');
    expect(json.data.modifierOpsn.faits).toEqual(
      expect.arrayContaining([
        { champ: 'siren', valeur: '253514491', source: 'public:beta.fr/rapport-2024' },
        { champ: 'anneeCreation', valeur: '1999', source: 'public:beta.fr/rapport-2024' },
      ]),
    );
    const { records } = await scratch.driver.executeQuery(
      `MATCH (o:Opsn {id: 'opsn:beta'}) RETURN o.modifiePar AS by, o.modifieLe AS at`,
      {},
      { database: 'neo4j' },
    );
    expect(records[0]!.get('by')).toBe('declic');
    expect(Date.now() - Date.parse(records[0]!.get('at'))).toBeLessThan(60_000);

    const journal = await gql(
      'admin',
      `{ journal(cible: "opsn:beta", first: 1) { auteur role action source resume } }`,
    );
    const [entry] = journal.json.data.journal;
    expect(entry).toMatchObject({
      auteur: 'alice@declic.fr',
      role: 'admin',
      action: 'modifierOpsn',
      source: 'public:beta.fr/rapport-2024',
    });
    expect(JSON.parse(entry.resume).siren).toEqual({ avant: null, apres: '253514491' });
  });

  it('writes nothing, not even a journal entry, when the values are already there', async () => {
    const write = `mutation { modifierOpsn(id: "opsn:beta", modifications: { anneeCreation: 1999 }) { anneeCreation } }`;
    // Whatever the order of the tests, the value is there before the write that is checked.
    await gql('admin', write);
    const before = await journalSize();
    const { json } = await gql('admin', write);
    expect(json.data.modifierOpsn.anneeCreation).toBe(1999);
    expect(await journalSize()).toBe(before);
  });

  it('ends a membership into the history with its dates, and lets it start again', async () => {
    const commune = `{ node(id: "commune:24101") { ... on Commune {
      adhesions { opsn { id } depuis }
      adhesionsTerminees { opsn { id } depuis fin enCours source modifiePar } } } }`;
    const ended = await gql(
      'editorAlpha',
      `mutation { terminerAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24101", fin: "2023-12-31") { depuis fin enCours modifiePar } }`,
    );
    expect(ended.json.errors, ended.text).toBeUndefined();
    expect(ended.json.data.terminerAdhesion).toEqual({
      depuis: '2015-01-01',
      fin: '2023-12-31',
      enCours: false,
      modifiePar: 'opsn:alpha',
    });
    let seen = (await gql(null, commune)).json.data.node;
    expect(seen.adhesions).toEqual([{ opsn: { id: 'opsn:beta' }, depuis: '2016-01-01' }]);
    expect(seen.adhesionsTerminees).toEqual([
      {
        opsn: { id: 'opsn:alpha' },
        depuis: '2015-01-01',
        fin: '2023-12-31',
        enCours: false,
        source: 'synthetic',
        modifiePar: 'opsn:alpha',
      },
    ]);

    await gql(
      'editorAlpha',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24101", depuis: "2024-03-01") { enCours } }`,
    );
    seen = (await gql(null, commune)).json.data.node;
    expect(seen.adhesions.map((a: { depuis: string }) => a.depuis).sort()).toEqual([
      '2016-01-01',
      '2024-03-01',
    ]);
    expect(seen.adhesionsTerminees).toHaveLength(1);
  });

  it('lets only one of ten simultaneous identical memberships through', async () => {
    const add = `mutation { ajouterAdhesion(opsnId: "opsn:beta", collectiviteId: "commune:24005") { enCours } }`;
    const answers = await Promise.all(indices.concat([7, 8, 9, 10]).map(() => gql('admin', add)));
    const codes = answers.map((a) => a.json.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
  });
});

describe('refused writes', () => {
  const modify = (modifications: string) =>
    `mutation { modifierOpsn(id: "opsn:alpha", modifications: { ${modifications} }) { id } }`;

  it.each([
    ['a SIREN whose check digit is wrong', modify('siren: "253514492"'), /SIREN invalide/],
    ['an operator without a name', modify('nom: null'), /garde un nom/],
    ['a negative staff', modify('agents: -1'), /agents/],
    ['a creation year in the future', modify('anneeCreation: 2999'), /anneeCreation/],
    ['an unknown département', modify('departementSiege: "99"'), /Département inconnu/],
    [
      'an unknown operator',
      `mutation { modifierOpsn(id: "opsn:gamma", modifications: { agents: 1 }) { id } }`,
      /Opérateur inconnu/,
    ],
    [
      'a malformed id',
      `mutation { modifierOpsn(id: "opsn:'}) DETACH DELETE n //", modifications: { agents: 1 }) { id } }`,
      /mal formé/,
    ],
    [
      'a source of no known kind',
      `mutation { modifierOpsn(id: "opsn:alpha", source: "ma tante", modifications: { agents: 1 }) { id } }`,
      /Source invalide/,
    ],
    [
      'a membership dated in the future',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24004", depuis: "2999-01-01") { enCours } }`,
      /futur/,
    ],
    [
      'a date that is no day',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24004", depuis: "2023-02-30") { enCours } }`,
      /date invalide/,
    ],
    [
      'an unknown collectivité',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24999") { enCours } }`,
      /Collectivité inconnue/,
    ],
    [
      'an operator as a collectivité',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "opsn:beta") { enCours } }`,
      /collectiviteId/,
    ],
    [
      'an end before the membership',
      `mutation { terminerAdhesion(opsnId: "opsn:beta", collectiviteId: "commune:24101", fin: "2010-01-01") { enCours } }`,
      /précède/,
    ],
    [
      'a supplier outside white label',
      `mutation { declarerDistribution(opsnId: "opsn:alpha", logicielId: "logiciel:l1", mode: SUPPORT, fournisseurId: "opsn:beta") { id } }`,
      /marque blanche/,
    ],
    [
      'an unknown service',
      `mutation { declarerService(opsnId: "opsn:alpha", serviceId: "service:inconnu", propose: true) { id } }`,
      /Service inconnu/,
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query, message) => {
    expect(await refusedWith('BAD_USER_INPUT', 'admin', query)).toMatch(message);
  });

  it('accepts as white-label supplier only an operator that distributes the software', async () => {
    await scratch.run(
      `CREATE (:Logiciel {id: 'logiciel:blanc', nom: 'Blanc', source: 'synthetic'})`,
    );
    const whiteLabel = `mutation { declarerDistribution(opsnId: "opsn:alpha", logicielId: "logiciel:blanc", mode: MARQUE_BLANCHE, fournisseurId: "opsn:beta") { id } }`;
    expect(await refusedWith('BAD_USER_INPUT', 'admin', whiteLabel)).toMatch(
      /opsn:beta ne distribue pas logiciel:blanc/,
    );
    const supplies = await gql(
      'admin',
      `mutation { declarerDistribution(opsnId: "opsn:beta", logicielId: "logiciel:blanc", mode: HEBERGEMENT) { id } }`,
    );
    expect(supplies.json.errors).toBeUndefined();
    const accepted = await gql('admin', whiteLabel);
    expect(accepted.json.errors).toBeUndefined();
    expect(accepted.json.data.declarerDistribution.id).toBe('opsn:alpha');
  });

  it.each([
    [
      'a membership that already exists',
      `mutation { ajouterAdhesion(opsnId: "opsn:beta", collectiviteId: "commune:24102") { enCours } }`,
    ],
    [
      'ending a membership that is not current',
      `mutation { terminerAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24006", fin: "2024-01-01") { enCours } }`,
    ],
  ])('refuses %s with CONFLICT', async (_name, query) => {
    await refusedWith('CONFLICT', 'admin', query);
  });
});

describe('importing a file through the API', () => {
  const IMPORT = `mutation($contenu: String!, $simulation: Boolean) {
    importer(type: ADHESIONS, nomFichier: "adhesions-delta.csv", contenu: $contenu, simulation: $simulation) {
      source lignes valides refusees { ligne raison } crees modifies inchanges simulation ecrit
      adhesionsSimuleesRetirees } }`;
  const GOOD = 'opsn;code_insee;depuis\ndelta;24205;2021-01-01\ndelta;24206;\n';

  it('is for administrators only', async () => {
    await refusedWith('UNAUTHENTICATED', null, IMPORT, { contenu: GOOD });
    await refusedWith('FORBIDDEN', 'editorAlpha', IMPORT, { contenu: GOOD });
  });

  it('simulates, then writes all the rows once, journaled with the file as source', async () => {
    const before = await dump();
    // Delta's simulated memberships go when real ones are imported for it.
    const { records } = await scratch.driver.executeQuery(
      `MATCH (:Collectivite)-[r:ADHERE_A {source: 'synthetic'}]->(:Opsn {id: 'opsn:delta'})
       RETURN count(r) AS n`,
      {},
      { database: 'neo4j' },
    );
    const simulatedOfDelta = records[0]!.get('n') as number;
    expect(simulatedOfDelta).toBeGreaterThan(0);
    const simulated = await gql('admin', IMPORT, { contenu: GOOD, simulation: true });
    expect(simulated.json.data.importer).toMatchObject({
      lignes: 2,
      valides: 2,
      crees: 2,
      simulation: true,
      ecrit: false,
      adhesionsSimuleesRetirees: simulatedOfDelta,
    });
    expect(await dump()).toBe(before);

    const journal = await journalSize();
    const imported = await gql('admin', IMPORT, { contenu: GOOD });
    expect(imported.json.data.importer).toMatchObject({
      source: importSourceOfBytes('declic', GOOD),
      crees: 2,
      refusees: [],
      ecrit: true,
      adhesionsSimuleesRetirees: simulatedOfDelta,
    });
    expect(await journalSize()).toBe(journal + 1);
    const again = await gql('admin', IMPORT, { contenu: GOOD });
    expect(again.json.data.importer).toMatchObject({ crees: 0, modifies: 0, ecrit: false });
    expect(await journalSize()).toBe(journal + 1);
  });

  it('answers a 500 kB bad file with a bounded report, and a Latin-1 file with its encoding problem', async () => {
    const bad = Array.from({ length: 20_000 }, (_, i) => `inconnu-${i}-xxxxxxxxxx,24001`);
    const contenu = `opsn,code_insee\n${bad.join('\n')}\n`;
    const { json, text } = await gql(
      'admin',
      `mutation($contenu: String!) { importer(type: ADHESIONS, nomFichier: "gros.csv", contenu: $contenu) {
        refusees { ligne raison } nombreRefusees ecrit } }`,
      { contenu },
    );
    expect(json.data.importer.nombreRefusees).toBe(20_000);
    expect(json.data.importer.refusees).toHaveLength(100);
    expect(json.data.importer.ecrit).toBe(false);
    expect(text.length).toBeLessThan(50_000);
    const refused = await refusedWith('BAD_USER_INPUT', 'admin', IMPORT, {
      contenu: 'opsn;code_insee;depuis\nalpha;24001;\nalpha;24002;Cl\uFFFDmenciat\n',
    });
    expect(refused).toMatch(/UTF-8.*ligne 3/);
  });

  it('refuses the whole file for one bad row, saying which line and why', async () => {
    const before = await dump();
    const { json } = await gql('admin', IMPORT, {
      contenu: 'opsn,code_insee\nalpha,24003\nalpha,2C004\nalpha,24999\n',
    });
    expect(json.data.importer.ecrit).toBe(false);
    expect(json.data.importer.refusees.map((r: { ligne: number }) => r.ligne)).toEqual([3, 4]);
    expect(json.data.importer.refusees[0].raison).toMatch(/INSEE/);
    expect(await dump()).toBe(before);
  });

  it('refuses a file it cannot read with BAD_USER_INPUT', async () => {
    const message = await refusedWith('BAD_USER_INPUT', 'admin', IMPORT, {
      contenu: 'opsn;depuis\nalpha;2020-01-01\n',
    });
    expect(message).toMatch(/colonne|column/i);
  });
});

let journaledWrites = 0;

/** One journal entry by the administrator (alice) and one by alpha's editor (bob), on alpha. */
async function writeByBothAuthors() {
  for (const who of ['admin', 'editorAlpha']) {
    // A staff count no other test writes: each write changes the value, so each is journaled.
    journaledWrites += 1;
    const { json } = await gql(
      who,
      `mutation($agents: Int) { modifierOpsn(id: "opsn:alpha", modifications: { agents: $agents }) { agents } }`,
      { agents: 1000 + journaledWrites },
    );
    expect(json.errors).toBeUndefined();
  }
}

describe('tokens', () => {
  const read = '{ node(id: "opsn:alpha") { id } }';

  it('lets anyone read, with or without a token', async () => {
    expect((await gql(null, read)).json.data.node.id).toBe('opsn:alpha');
    expect((await gql('editorAlpha', read)).json.data.node.id).toBe('opsn:alpha');
  });

  it('refuses with 401 a token that is expired, forged, malformed or of an unknown role', async () => {
    const expired = await keys.sign({ subject: 'x', role: 'admin' }, '-2m');
    const forged = await (
      await createTokenKeys({ secret: 'another-secret-of-at-least-32-characters' })
    ).sign({ subject: 'mallory', role: 'admin' }, '1h');
    const [, payload] = tokens.admin!.split('.');
    const tampered = tokens.editorAlpha!.replace(/\.[^.]+\./, `.${payload}.`);
    for (const [token, message] of [
      [expired, /Jeton expiré/],
      [forged, /Jeton invalide/],
      [tampered, /Jeton invalide/],
      ['not-a-jwt-at-all', /Jeton invalide/],
    ] as const) {
      const answer = await gql(token, read);
      expect(answer.status).toBe(401);
      expect(answer.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(answer.json.errors[0].message).toMatch(message);
    }
    const malformed = await post(
      served().url,
      { query: read },
      { authorization: 'Basic YWxpY2U6eA==' },
    );
    expect(malformed.status).toBe(401);
    expect(malformed.json.errors[0].message).toMatch(/mal formé/);
  });

  it('refuses with 401 a validly signed token whose claims have the wrong type', async () => {
    const key = new TextEncoder().encode(SECRET);
    const signed = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('maillage')
        .setAudience('maillage-api')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key);
    for (const claims of [
      { sub: { email: 'x@y.fr' }, role: 'admin' },
      { sub: 42, role: 'admin' },
      { sub: ['a'], role: 'admin' },
      { sub: 'x', role: ['admin'] },
      { sub: 'x', role: 'opsn-editor', opsn: { id: 'opsn:alpha' } },
    ]) {
      const answer = await gql(await signed(claims), read);
      expect(answer.status, JSON.stringify(claims)).toBe(401);
      expect(answer.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('tolerates 5 seconds of clock difference, not 30', async () => {
    const key = new TextEncoder().encode(SECRET);
    const expiredSecondsAgo = async (seconds: number) =>
      new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('clock@test')
        .setIssuer('maillage')
        .setAudience('maillage-api')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
        .setExpirationTime(Math.floor(Date.now() / 1000) - seconds)
        .sign(key);
    expect((await gql(await expiredSecondsAgo(2), read)).status).toBe(200);
    expect((await gql(await expiredSecondsAgo(20), read)).status).toBe(401);
  });

  it('refuses a token issued in the future or valid for longer than a year', async () => {
    const key = new TextEncoder().encode(SECRET);
    const now = Math.floor(Date.now() / 1000);
    const signed = (iat: number, exp: number) =>
      new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('clock@test')
        .setIssuer('maillage')
        .setAudience('maillage-api')
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
    const future = await gql(await signed(now + 3600, now + 7200), read);
    expect(future.status).toBe(401);
    expect(future.json.errors[0].message).toMatch(/émis dans le futur/);
    const forever = await gql(await signed(now, 1e20), read);
    expect(forever.status).toBe(401);
    expect(forever.json.errors[0].message).toMatch(/trop longtemps/);
    const withoutIssuedAt = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('clock@test')
      .setIssuer('maillage')
      .setAudience('maillage-api')
      .setExpirationTime('1h')
      .sign(key);
    expect((await gql(withoutIssuedAt, read)).status).toBe(401);
    expect((await gql(await signed(now - 60, now + 30 * 86400), read)).status).toBe(200);
    await expect(keys.sign({ subject: 'x', role: 'admin' }, '400d')).rejects.toThrow(/trop longue/);
  });

  it('shows the journal to admins, to an editor for its own operator only', async () => {
    await writeByBothAuthors();
    expect(
      (await gql('admin', '{ journal { action } }')).json.data.journal.length,
    ).toBeGreaterThanOrEqual(2);
    const own = await gql('editorAlpha', '{ journal(cible: "opsn:alpha") { auteur } }');
    expect(own.json.data.journal.length).toBeGreaterThan(0);
    const other = await gql('editorAlpha', '{ journal(cible: "opsn:beta") { auteur } }');
    expect(other.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await gql(null, '{ journal { auteur } }');
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('personal data', () => {
  const PEOPLE = /alice@declic\.fr|bob@alpha\.fr|@/;

  it('shows anonymous readers the organisation behind a write, never the person', async () => {
    await gql(
      'editorAlpha',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24201", depuis: "2022-01-01") { enCours } }`,
    );
    await gql(
      'admin',
      `mutation { modifierOpsn(id: "opsn:alpha", modifications: { agents: 42 }) { agents } }`,
    );
    await gql(
      'admin',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24202") { enCours } }`,
    );
    const reads = [
      `{ node(id: "commune:24201") { ... on Commune { adhesions { source modifiePar modifieLe opsn { id } } } } }`,
      `{ node(id: "commune:24202") { ... on Commune { adhesions { source modifiePar } } } }`,
      `{ node(id: "opsn:alpha") { ... on Opsn { faits { champ valeur source } adherents(first: 50) { edges { node { ... on Commune { id } } } } } } }`,
      `{ neighborhood(id: "opsn:alpha", depth: 1, limit: 100) { edges { id type source depuis } } }`,
    ];
    for (const query of reads) {
      const { json, text } = await gql(null, query);
      expect(json.errors, text).toBeUndefined();
      expect(text).not.toMatch(PEOPLE);
    }
    const { json } = await gql(null, reads[0]!);
    expect(json.data.node.adhesions).toEqual([
      expect.objectContaining({
        opsn: { id: 'opsn:alpha' },
        source: 'declaration:opsn:alpha',
        modifiePar: 'opsn:alpha',
      }),
    ]);
    const admin = await gql(null, reads[1]!);
    expect(admin.json.data.node.adhesions[0]).toMatchObject({
      source: 'declaration:declic',
      modifiePar: 'declic',
    });
  });

  it('rewrites the persons that data written before this version carries', async () => {
    await scratch.run(`
      MATCH (c:Commune {id: 'commune:24203'}), (o:Opsn {id: 'opsn:beta'})
      CREATE (c)-[:ADHERE_A {source: 'declaration:carol@beta.fr', modifiePar: 'carol@beta.fr'}]->(o)
      SET o.agentsSource = 'declaration:carol@beta.fr', o.modifiePar = 'cli:carol'
      CREATE (:Modification {id: 'legacy-1', auteur: 'carol@beta.fr', role: 'opsn-editor',
        cible: 'opsn:beta', date: '2020-01-01T00:00:00Z', action: 'modifierOpsn', source: 'x'})`);
    await applyMigrations(scratch.graph);
    const { records } = await scratch.driver.executeQuery(
      `MATCH (c:Commune {id: 'commune:24203'})-[r:ADHERE_A]->(o:Opsn {id: 'opsn:beta'})
       MATCH (m:Modification {id: 'legacy-1'})
       RETURN r.source AS source, r.modifiePar AS by, o.agentsSource AS fact, o.modifiePar AS opsnBy,
              m.organisation AS organisation, m.auteur AS auteur`,
      {},
      { database: 'neo4j' },
    );
    expect(records[0]!.toObject()).toEqual({
      source: 'declaration:declic',
      by: 'declic',
      fact: 'declaration:declic',
      opsnBy: 'declic',
      organisation: 'opsn:beta',
      // The journal keeps the person until the retention period ends.
      auteur: 'carol@beta.fr',
    });
  });

  it('refuses an e-mail address in a source, which is public', async () => {
    const message = await refusedWith(
      'BAD_USER_INPUT',
      'editorAlpha',
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24005", source: "declaration:b@x.fr") { enCours } }`,
    );
    expect(message).toMatch(/adresse électronique/);
  });

  it("lets no editor borrow another organisation's provenance, nor publish a person", async () => {
    // Two communes of its own, members of nothing.
    await scratch.driver.executeQuery(
      `UNWIND ['24901', '24902'] AS code
       CREATE (:Commune:Collectivite {id: 'commune:' + code, code: code, nom: 'Provenance ' + code, source: 'insee-cog'})`,
      {},
      { database: 'neo4j' },
    );
    const add = (source: string) =>
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:24901", source: ${JSON.stringify(source)}) { enCours } }`;
    for (const borrowed of ['declaration:declic', 'declaration:opsn:soluris']) {
      const message = await refusedWith('BAD_USER_INPUT', 'editorAlpha', add(borrowed));
      expect(message).toMatch(/en son nom \(declaration:opsn:alpha\)/);
    }
    for (const [person, reason] of [
      ['declaration:Bob Martin', /nom de personne/],
      ['bob\uFF20megalis.bzh', /adresse électronique/],
      ['declaration:opsn:alpha#bob [at] alpha.fr', /adresse électronique/],
      ['declaration:opsn:alpha#M. Dupont', /nom de personne/],
      ['public:https://alpha.fr/Jean Dupont', /nom de personne/],
    ] as const) {
      const message = await refusedWith('BAD_USER_INPUT', 'editorAlpha', add(person));
      expect(message, person).toMatch(reason);
    }
    /** The source written when `who` declares the membership of `commune` with `source`. */
    const written = async (who: string, commune: string, source: string) => {
      const { json } = await gql(
        who,
        `mutation($c: ID!, $s: String) { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: $c, source: $s) { source } }`,
        { c: commune, s: source },
      );
      expect(json.errors).toBeUndefined();
      return json.data.ajouterAdhesion.source;
    };
    // A public document or a reference is kept, after the editor's own declaration.
    expect(
      await written('editorAlpha', 'commune:24901', 'public:alpha.fr/deliberation-2024-12.pdf'),
    ).toBe('declaration:opsn:alpha#alpha.fr/deliberation-2024-12.pdf');
    // An administrator may cite a public document as such, or relay an operator's declaration.
    expect(
      await written('admin', 'commune:24902', 'declaration:opsn:alpha#délibération n° 2024-12'),
    ).toBe('declaration:opsn:alpha#délibération n° 2024-12');
  });

  it('keeps the person in the journal for administrators only, and forgets it after the retention period', async () => {
    // Entries of both persons, and one old entry of a third, written before this version.
    await writeByBothAuthors();
    await applyRetention(scratch.graph, 365);
    await scratch.run(`
      CREATE (:Modification {id: 'legacy-retention', auteur: 'dave@beta.fr', organisation: 'opsn:beta',
        role: 'opsn-editor', cible: 'opsn:beta', date: '2019-06-01T00:00:00Z', action: 'modifierOpsn',
        source: 'x'})`);
    const editorView = await gql(
      'editorAlpha',
      '{ journal(cible: "opsn:alpha", first: 100) { auteur organisation role } }',
    );
    expect(editorView.json.data.journal.length).toBeGreaterThan(0);
    expect(editorView.text).not.toMatch(PEOPLE);
    expect(editorView.json.data.journal.map((e: { auteur: string }) => e.auteur)).toContain(
      'declic',
    );
    const adminView = await gql('admin', '{ journal(first: 500) { auteur organisation } }');
    const authors = adminView.json.data.journal.map((e: { auteur: string }) => e.auteur);
    expect(authors).toContain('alice@declic.fr');
    expect(authors).toContain('bob@alpha.fr');

    // Only the entry of 2019 is old enough; a year and a day later, every person is gone.
    expect(await applyRetention(scratch.graph, 365)).toBe(1);
    expect((await gql('admin', '{ journal(first: 500) { auteur } }')).text).toMatch(/alice@declic/);
    const later = new Date(Date.now() + 366 * 24 * 3600 * 1000);
    const before = await journalSize();
    expect(await applyRetention(scratch.graph, 365, later)).toBeGreaterThan(0);
    expect(await journalSize()).toBe(before);
    const forgotten = await gql('admin', '{ journal(first: 500) { auteur organisation } }');
    expect(forgotten.text).not.toMatch(PEOPLE);
    for (const entry of forgotten.json.data.journal) expect(entry.auteur).toBe(entry.organisation);
  });
});

describe('hostile strings through the mutations', () => {
  const HOSTILE = [
    `O'Brien "et" \\ associés`,
    `'}) MATCH (n) DETACH DELETE n //`,
    `" } ] ; CALL db.labels() YIELD label RETURN label //`,
    `\\u0027; DROP CONSTRAINT opsn_id; {{}}`,
    `Mégalis 🧭 — « quoted »`,
  ];

  it.each(HOSTILE)('stores %j verbatim as a name, and nothing else moves', async (name) => {
    const before = await dumpWithoutEdits('opsn:alpha');
    const { json } = await gql(
      'admin',
      `mutation($nom: String) { modifierOpsn(id: "opsn:alpha", modifications: { nom: $nom }) { nom } }`,
      { nom: name },
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.modifierOpsn.nom).toBe(name);
    const { records } = await scratch.driver.executeQuery(
      `MATCH (o:Opsn {id: 'opsn:alpha'}) RETURN o.nom AS nom`,
      {},
      { database: 'neo4j' },
    );
    expect(records[0]!.get('nom')).toBe(name);
    expect(await dumpWithoutEdits('opsn:alpha')).toEqual(before);
  });

  it.each([
    ['a 100 KB name', 'x'.repeat(100_000)],
    ['control characters', 'Alpha\u0000\u0007'],
    ['a blank name', '   '],
  ])('refuses %s', async (_name, nom) => {
    await refusedWith(
      'BAD_USER_INPUT',
      'admin',
      `mutation($nom: String) { modifierOpsn(id: "opsn:alpha", modifications: { nom: $nom }) { nom } }`,
      { nom },
    );
  });

  it('refuses hostile ids and sources without touching anything', async () => {
    for (const id of [`opsn:alpha' OR 1=1`, `opsn:alpha"}) RETURN 1 //`, 'opsn:\\u0000']) {
      await refusedWith(
        'BAD_USER_INPUT',
        'admin',
        `mutation($id: ID!) { modifierOpsn(id: $id, modifications: { agents: 3 }) { id } }`,
        { id },
      );
    }
    await refusedWith(
      'BAD_USER_INPUT',
      'admin',
      `mutation($s: String) { modifierOpsn(id: "opsn:alpha", source: $s, modifications: { agents: 3 }) { id } }`,
      { s: 'public:x\u0000y' },
    );
  });
});

describe('hostile strings through the reads', () => {
  const HOSTILE_TEXTS = [
    `'}) MATCH (n) DETACH DELETE n //`,
    `" OR 1=1 --`,
    '\\\\}{][)(',
    'nom:(a OR b)~2^3',
    'Alpha\u0000\u0007\u001b[31m',
    'x'.repeat(100_000),
  ];
  const READS = [
    ['search', `query($t: String!) { search(text: $t) { node { id } } }`],
    ['opsns filter', `query($t: String) { opsns(filter: { texte: $t }) { totalCount } }`],
    ['communes filter', `query($t: String) { communes(filter: { texte: $t }) { totalCount } }`],
    [
      'département filter',
      `query($t: String) { communes(filter: { departement: $t }) { totalCount } }`,
    ],
    ['node id', `query($t: ID!) { node(id: $t) { id } }`],
    ['whoServes id', `query($t: ID!) { whoServes(id: $t) { operators { opsn { id } } } }`],
  ] as const;

  let production: Served;
  beforeAll(async () => {
    production = await serve(scratch.driver, { production: true, tokenKeys: keys });
  });
  afterAll(() => production.stop());

  it.each(READS)(
    '%s answers every hostile text cleanly and changes nothing',
    async (_name, query) => {
      const before = await dump();
      for (const t of HOSTILE_TEXTS) {
        const { status, json } = await post(production.url, { query, variables: { t } });
        expect(status).toBeLessThan(500);
        const code = json.errors?.[0]?.extensions?.code;
        if (code) expect(code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(json)).not.toMatch(/Neo\.|Cypher|at .*\.ts:\d+/);
      }
      expect(await dump()).toBe(before);
    },
  );
});
