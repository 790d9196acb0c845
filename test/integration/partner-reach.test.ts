/**
 * Partnerships on a hand-drawn graph: what a partner reaches through its conventions'
 * operators (partnerReach), recounted here from the drawing itself, not from any Cypher; the
 * declaration of a convention (who may, its public source, an end that keeps it) and the
 * `partenariats` import.
 *
 * The drawing: Déclic has members A and B (B's membership of Déclic simulated) ; C and D are
 * not members. ANSSI has a convention with Déclic (reaching A and B) and one with D that has
 * ended; the Banque des Territoires has one with C only (simulated); the CNIL has none.
 * A serves Ain's commune c1 directly; B serves the EPCI e1, and through it its communes c2
 * and c3; C serves c1 and Aisne's c4 (simulated membership); D serves c5.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenKeys, type TokenClaims } from '../../server/auth/tokens.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { openScratchGraph } from '../support/databases.ts';
import { post, serve, type Served } from '../support/http.ts';

const SYN = 'synthetic';
const DEPARTEMENTS = [
  { code: '01', nom: 'Ain' },
  { code: '02', nom: 'Aisne' },
  { code: '03', nom: 'Allier' },
];
const COMMUNES = [
  { code: '01001', nom: 'Un', dep: '01', pop: 1000 },
  { code: '01002', nom: 'Deux', dep: '01', pop: 500 },
  { code: '01003', nom: 'Trois', dep: '01', pop: 200 },
  { code: '02001', nom: 'Quatre', dep: '02', pop: 3000 },
  { code: '02002', nom: 'Cinq', dep: '02', pop: 100 },
  { code: '03001', nom: 'Six', dep: '03', pop: 50 },
];
const EPCI = { siren: '200000001', nom: 'CC Une', membres: ['01002', '01003'], deps: ['01'] };
const OPERATORS = [
  { key: 'a', nom: 'Opérateur A', federation: 'test' },
  { key: 'b', nom: 'Opérateur B', federation: SYN },
  { key: 'c', nom: 'Opérateur C', federation: null },
  { key: 'd', nom: 'Opérateur D', federation: null },
];
/** [collectivité id, operator key, source] */
const MEMBERSHIPS: [string, string, string][] = [
  ['commune:01001', 'a', 'test'],
  [`epci:${EPCI.siren}`, 'b', 'test'],
  ['commune:01001', 'c', 'test'],
  ['commune:02001', 'c', SYN],
  ['commune:02002', 'd', 'test'],
];
const PARTNERS = ['anssi', 'banque-des-territoires', 'cnil', 'dgfip'];
/** [partner, target id, fin, source] */
const CONVENTIONS: [string, string, string | null, string][] = [
  ['anssi', 'federation:declic', null, 'public:https://cyber.gouv.fr/convention-declic'],
  ['anssi', 'opsn:d', '2022-12-31', 'public:https://cyber.gouv.fr/convention-d'],
  ['banque-des-territoires', 'opsn:c', null, SYN],
];

const q = (value: string | null) => (value === null ? 'null' : `'${value}'`);
const FIXTURE = [
  `CREATE (:Federation {id: 'federation:declic', nom: 'Déclic', source: 'test'})`,
  ...DEPARTEMENTS.map(
    (d) =>
      `CREATE (:Collectivite:Departement {id: 'departement:${d.code}', code: '${d.code}', nom: '${d.nom}', region: '84', source: 'test'})`,
  ),
  ...COMMUNES.map(
    (c) =>
      `CREATE (:Collectivite:Commune {id: 'commune:${c.code}', code: '${c.code}', nom: '${c.nom}', population: ${c.pop}, departement: '${c.dep}', region: '84', source: 'test'})`,
  ),
  `CREATE (:Collectivite:Epci {id: 'epci:${EPCI.siren}', siren: '${EPCI.siren}', nom: '${EPCI.nom}', nature: 'CC', departements: ['01'], source: 'test'})`,
  ...EPCI.membres.map(
    (code) =>
      `MATCH (c:Commune {code: '${code}'}), (e:Epci {siren: '${EPCI.siren}'}) CREATE (c)-[:MEMBRE_DE {source: 'test'}]->(e)`,
  ),
  ...OPERATORS.map(
    (o) =>
      `CREATE (:Opsn {id: 'opsn:${o.key}', nom: '${o.nom}', membreDeclic: ${o.federation !== null}, membreDeclicSource: ${q(o.federation)}, source: 'test'})`,
  ),
  ...OPERATORS.filter((o) => o.federation).map(
    (o) =>
      `MATCH (o:Opsn {id: 'opsn:${o.key}'}), (f:Federation) CREATE (o)-[:MEMBRE_DE {source: '${o.federation}'}]->(f)`,
  ),
  ...MEMBERSHIPS.map(
    ([c, o, source]) =>
      `MATCH (c:Collectivite {id: '${c}'}), (o:Opsn {id: 'opsn:${o}'}) CREATE (c)-[:ADHERE_A {source: '${source}'}]->(o)`,
  ),
  ...PARTNERS.map(
    (key) =>
      `CREATE (:Partenaire {id: 'partenaire:${key}', nom: '${key.toUpperCase()}', nature: 'Partenaire institutionnel', source: 'test'})`,
  ),
  ...CONVENTIONS.map(
    ([p, t, fin, source]) =>
      `MATCH (p:Partenaire {id: 'partenaire:${p}'}), (t {id: '${t}'}) CREATE (p)-[:PARTENAIRE_DE {objet: 'Convention ${p}', date: '2020-01-01', fin: ${q(fin)}, source: '${source}'}]->(t)`,
  ),
];

// ——— The recount, from the drawing alone ———

interface Expected {
  operateurs: string[];
  collectivites: number;
  communes: number;
  population: number;
  parDepartement: Record<string, { atteintes: number; total: number }>;
  zoneBlanche: string[];
  nonAtteintes: string[];
}

function recount(partner: string, reelles: boolean, departement: string | null = null): Expected {
  const real = (source: string | null) => !reelles || source !== SYN;
  const reached = new Set<string>();
  for (const [p, t, fin, source] of CONVENTIONS) {
    if (p !== partner || fin !== null || !real(source)) continue;
    if (t.startsWith('opsn:')) reached.add(t.slice(5));
    else for (const o of OPERATORS) if (o.federation && real(o.federation)) reached.add(o.key);
  }
  const served = new Set<string>();
  for (const [c, o, source] of MEMBERSHIPS) {
    if (!reached.has(o) || !real(source)) continue;
    served.add(c);
    if (c === `epci:${EPCI.siren}`) for (const m of EPCI.membres) served.add(`commune:${m}`);
  }
  const inScope = COMMUNES.filter((c) => departement === null || c.dep === departement);
  const reachedCommunes = inScope.filter((c) => served.has(`commune:${c.code}`));
  const deps = DEPARTEMENTS.filter((d) => departement === null || d.code === departement);
  const parDepartement = Object.fromEntries(
    deps.map((d) => [
      d.code,
      {
        atteintes: reachedCommunes.filter((c) => c.dep === d.code).length,
        total: inScope.filter((c) => c.dep === d.code).length,
      },
    ]),
  );
  const epciInScope = departement === null || EPCI.deps.includes(departement);
  return {
    operateurs: [...reached].sort().map((key) => `opsn:${key}`),
    collectivites:
      reachedCommunes.length + (epciInScope && served.has(`epci:${EPCI.siren}`) ? 1 : 0),
    communes: reachedCommunes.length,
    population: reachedCommunes.reduce((sum, c) => sum + c.pop, 0),
    parDepartement,
    zoneBlanche: deps.filter((d) => parDepartement[d.code]!.atteintes === 0).map((d) => d.code),
    nonAtteintes: inScope
      .filter((c) => !served.has(`commune:${c.code}`))
      .sort((a, b) => b.pop - a.pop)
      .map((c) => c.code),
  };
}

// ——— The API ———

const SECRET = 'a-test-secret-of-at-least-32-characters';
let scratch: ReturnType<typeof openScratchGraph>;
let served: Served;
const tokens: Record<string, string> = {};

async function gql(who: string | null, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${tokens[who]}` } : {};
  return (await post(served.url, { query, variables }, headers)).json;
}

/** The fixture, drawn afresh: the analysis tests read it as drawn, the write tests each change it. */
async function drawFixture() {
  await scratch.wipe();
  for (const statement of FIXTURE) await scratch.run(statement);
  await refreshAllServes(scratch.graph);
}

beforeAll(async () => {
  scratch = openScratchGraph();
  const keys = await createTokenKeys({ secret: SECRET });
  const mint = (claims: TokenClaims) => keys.sign(claims, '1h');
  tokens.admin = await mint({ subject: 'alice@declic.fr', role: 'admin' });
  tokens.editorC = await mint({ subject: 'bob@c.fr', role: 'opsn-editor', opsnId: 'opsn:c' });
  served = await serve(scratch.driver, { tokenKeys: keys });
});

afterAll(async () => {
  await served?.stop();
  await scratch?.wipe();
  await scratch?.close();
});

const REACH = `query($id: ID!, $reelles: Boolean, $dep: String) {
  partnerReach(partenaireId: $id, donneesReelles: $reelles, departement: $dep) {
    donneesReelles perimetre
    conventions { cible { ... on Opsn { id } ... on Federation { id } } enCours }
    operateurs { opsn { id } direct viaFederation simule communes }
    collectivites communes population communesTotal part
    departements { departement { code } communesAtteintes communes operateurs { id } }
    zoneBlanche { code }
    communesNonAtteintes
    communesNonAtteintesPrincipales { code }
    provenance
  } }`;

async function reach(id: string, reelles: boolean, dep: string | null = null) {
  const json = await gql(null, REACH, { id, reelles, dep });
  expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
  return json.data.partnerReach;
}

function expectRecount(answer: any, expected: Expected) {
  expect(answer.operateurs.map((o: any) => o.opsn.id).sort()).toEqual(expected.operateurs);
  expect(answer.collectivites).toBe(expected.collectivites);
  expect(answer.communes).toBe(expected.communes);
  expect(answer.population).toBe(expected.population);
  const total = Object.values(expected.parDepartement).reduce((s, d) => s + d.total, 0);
  expect(answer.communesTotal).toBe(total);
  expect(answer.part).toBeCloseTo(total ? expected.communes / total : 0, 10);
  expect(
    Object.fromEntries(
      answer.departements.map((d: any) => [
        d.departement.code,
        { atteintes: d.communesAtteintes, total: d.communes },
      ]),
    ),
  ).toEqual(expected.parDepartement);
  expect(answer.zoneBlanche.map((d: any) => d.code)).toEqual(expected.zoneBlanche);
  expect(answer.communesNonAtteintes).toBe(expected.nonAtteintes.length);
  expect(answer.communesNonAtteintesPrincipales.map((c: any) => c.code)).toEqual(
    expected.nonAtteintes,
  );
}

describe('partnerReach', () => {
  beforeAll(drawFixture);

  it.each([
    ['partenaire:anssi', false, null],
    ['partenaire:anssi', true, null],
    ['partenaire:anssi', false, '01'],
    ['partenaire:banque-des-territoires', false, null],
    ['partenaire:banque-des-territoires', true, null],
    ['partenaire:cnil', false, null],
  ] as const)(
    '%s (donneesReelles: %s, département %s) equals the recount',
    async (id, reelles, dep) => {
      const answer = await reach(id, reelles, dep);
      expect(answer.donneesReelles).toBe(reelles);
      expect(answer.perimetre).toBe(dep);
      expectRecount(answer, recount(id.slice('partenaire:'.length), reelles, dep));
    },
  );

  it('reaches the federation members through the convention with Déclic, never through an ended one', async () => {
    const answer = await reach('partenaire:anssi', false);
    expect(answer.conventions).toEqual([{ cible: { id: 'federation:declic' }, enCours: true }]);
    expect(answer.operateurs).toEqual([
      { opsn: { id: 'opsn:a' }, direct: false, viaFederation: true, simule: false, communes: 1 },
      { opsn: { id: 'opsn:b' }, direct: false, viaFederation: true, simule: true, communes: 2 },
    ]);
    expect(answer.provenance).toBe('MIXTE');
    const ain = answer.departements.find((d: any) => d.departement.code === '01');
    expect(ain.operateurs.map((o: any) => o.id)).toEqual(['opsn:a', 'opsn:b']);
    expect((await reach('partenaire:anssi', true)).provenance).toBe('REELLE');
    expect((await reach('partenaire:banque-des-territoires', false)).provenance).toBe('SIMULEE');
    expect((await reach('partenaire:cnil', false)).provenance).toBeNull();
  });

  it('refuses an unknown partner and an id of another kind', async () => {
    for (const id of ['partenaire:inconnu', 'opsn:a']) {
      const json = await gql(null, REACH, { id });
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

const DECLARE = `mutation($p: ID!, $t: ID!, $objet: String, $date: String, $fin: String, $source: String!) {
  declarerPartenariat(partenaireId: $p, cibleId: $t, objet: $objet, date: $date, fin: $fin, source: $source) {
    partenaire { id } cible { ... on Opsn { id } ... on Federation { id } }
    objet date fin enCours source modifiePar
  } }`;
const CNIL_C = {
  p: 'partenaire:cnil',
  t: 'opsn:c',
  objet: 'Accompagnement RGPD des adhérents',
  date: '2023-05-01',
  source: 'public:https://www.cnil.fr/convention-c',
};

async function conventionsOf(partner: string) {
  const { records } = await scratch.driver.executeQuery(
    `MATCH (:Partenaire {id: $partner})-[r:PARTENAIRE_DE]->(t)
     RETURN t.id AS cible, r.objet AS objet, r.fin AS fin, r.source AS source ORDER BY cible, objet, fin`,
    { partner },
    { database: 'neo4j' },
  );
  return records.map((r) => r.toObject());
}

describe('declarerPartenariat', () => {
  beforeEach(drawFixture);

  it("lets an operator's editor declare its own operator's convention, and end it, kept", async () => {
    const declared = await gql('editorC', DECLARE, CNIL_C);
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declarerPartenariat).toEqual({
      partenaire: { id: 'partenaire:cnil' },
      cible: { id: 'opsn:c' },
      objet: CNIL_C.objet,
      date: CNIL_C.date,
      fin: null,
      enCours: true,
      source: CNIL_C.source,
      modifiePar: 'opsn:c',
    });
    expect((await reach('partenaire:cnil', false)).operateurs.map((o: any) => o.opsn.id)).toEqual([
      'opsn:c',
    ]);
    const ended = await gql('editorC', DECLARE, { ...CNIL_C, fin: '2024-06-30' });
    expect(ended.data.declarerPartenariat).toMatchObject({ fin: '2024-06-30', enCours: false });
    expect(await conventionsOf('partenaire:cnil')).toEqual([
      { cible: 'opsn:c', objet: CNIL_C.objet, fin: '2024-06-30', source: CNIL_C.source },
    ]);
    expect((await reach('partenaire:cnil', false)).operateurs).toEqual([]);
    const journal = await gql('editorC', '{ journal(cible: "opsn:c") { action organisation } }');
    expect(journal.data.journal.slice(0, 2)).toEqual([
      { action: 'terminerPartenariat', organisation: 'opsn:c' },
      { action: 'declarerPartenariat', organisation: 'opsn:c' },
    ]);
  });

  it("refuses an editor another operator's or the federation's convention, and anyone without a token", async () => {
    const before = await conventionsOf('partenaire:cnil');
    for (const t of ['opsn:a', 'federation:declic']) {
      const json = await gql('editorC', DECLARE, { ...CNIL_C, t });
      expect(json.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await gql(null, DECLARE, CNIL_C)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await conventionsOf('partenaire:cnil')).toEqual(before);
  });

  it('lets an administrator declare a convention with the federation', async () => {
    const json = await gql('admin', DECLARE, {
      ...CNIL_C,
      t: 'federation:declic',
      source: 'public:https://www.cnil.fr/convention-declic',
    });
    expect(json.data.declarerPartenariat).toMatchObject({
      cible: { id: 'federation:declic' },
      enCours: true,
      modifiePar: 'declic',
    });
    const answer = await reach('partenaire:cnil', false);
    expect(answer.operateurs.map((o: any) => o.opsn.id)).toEqual(['opsn:a', 'opsn:b']);
  });

  it('wants the convention’s public https address as its source, and a convention that exists', async () => {
    const before = await conventionsOf('partenaire:cnil');
    for (const source of [
      'declaration:opsn:c',
      'public:http://www.cnil.fr/x',
      'public:https://bob@cnil.fr/x',
      'https://www.cnil.fr/x',
    ]) {
      const json = await gql('admin', DECLARE, { ...CNIL_C, t: 'opsn:a', source });
      expect(json.errors?.[0]?.extensions?.code, source).toBe('BAD_USER_INPUT');
      expect(json.errors[0].message).toMatch(/Source invalide .* \/ Invalid source/);
    }
    const unknown = await gql('admin', DECLARE, { ...CNIL_C, p: 'partenaire:inconnu' });
    expect(unknown.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noObjet = await gql('admin', DECLARE, { ...CNIL_C, t: 'opsn:a', objet: null });
    expect(noObjet.errors[0].message).toContain('« objet » : obligatoire');
    const backwards = await gql('admin', DECLARE, { ...CNIL_C, t: 'opsn:a', fin: '2020-01-01' });
    expect(backwards.errors[0].message).toContain('précède');
    // Nothing refused was written.
    expect(await conventionsOf('partenaire:cnil')).toEqual(before);
  });
});

describe('the partenariats import', () => {
  beforeEach(drawFixture);

  const IMPORT = `mutation($contenu: String!, $simulation: Boolean) {
    importer(type: PARTENARIATS, nomFichier: "conventions.csv", contenu: $contenu, simulation: $simulation) {
      lignes valides refusees { ligne raisons } crees modifies inchanges terminees ecrit } }`;
  const GOOD = [
    'partenaire;opsn ou federation;objet;date;fin;source',
    'anssi;opsn:a;Parcours cybersécurité;2024-02-01;;public:https://cyber.gouv.fr/parcours-a',
    'banque-des-territoires;c;Convention simulée;2020-01-01;2023-12-31;public:https://www.banquedesterritoires.fr/c',
    'dgfip;federation:declic;Échanges de données;;;public:https://www.impots.gouv.fr/declic',
  ].join('\n');

  it('refuses a file with a bad row, with every reason, and writes nothing', async () => {
    const before = await conventionsOf('partenaire:anssi');
    const bad = `${GOOD.split('\n').slice(0, 2).join('\n')}\nAN SSI;opsn:zz;;2099-01-01;;declaration:declic\n`;
    const json = await gql('admin', IMPORT, { contenu: bad });
    expect(json.errors).toBeUndefined();
    const report = json.data.importer;
    expect(report.ecrit).toBe(false);
    expect(report.refusees).toHaveLength(1);
    const [row] = report.refusees;
    expect(row.ligne).toBe(3);
    expect(row.raisons).toEqual([
      expect.stringContaining('« partenaire » : identifiant mal formé'),
      expect.stringContaining('« objet » est vide'),
      expect.stringContaining('« date » : date dans le futur'),
      expect.stringContaining('« source »'),
    ]);
    for (const reason of row.raisons) expect(reason).toMatch(/ \/ /);
    const unknown = await gql('admin', IMPORT, {
      contenu: `${GOOD.split('\n')[0]}\nanssi;opsn:zz;Objet;;;public:https://cyber.gouv.fr/zz\n`,
    });
    expect(unknown.data.importer.refusees[0].raisons).toEqual([
      expect.stringMatching(/^opérateur inconnu : opsn:zz \/ unknown operator: opsn:zz$/),
    ]);
    expect(await conventionsOf('partenaire:anssi')).toEqual(before);
  });

  it('writes the rows, journaled, and changes nothing when imported again', async () => {
    const imported = await gql('admin', IMPORT, { contenu: GOOD });
    expect(imported.data.importer).toMatchObject({
      lignes: 3,
      valides: 3,
      refusees: [],
      crees: 2,
      terminees: 1,
      ecrit: true,
    });
    expect((await conventionsOf('partenaire:anssi')).find((c) => c.cible === 'opsn:a')).toEqual({
      cible: 'opsn:a',
      objet: 'Parcours cybersécurité',
      fin: null,
      source: 'public:https://cyber.gouv.fr/parcours-a',
    });
    // The Banque des Territoires' convention with C has ended: C is no longer reached.
    expect((await reach('partenaire:banque-des-territoires', false)).operateurs).toEqual([]);
    const again = await gql('admin', IMPORT, { contenu: GOOD });
    expect(again.data.importer).toMatchObject({
      crees: 0,
      modifies: 0,
      inchanges: 3,
      ecrit: false,
    });
    const journal = await gql('admin', '{ journal(first: 5) { action } }');
    expect(journal.data.journal.filter((j: any) => j.action === 'import')).toHaveLength(1);
  });
});
