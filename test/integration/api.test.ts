import { describe, expect, it } from 'vitest';
import { listQueryFor, type ListName } from '../../server/graph/lists.ts';
import { useReferenceApi, type ApiResult } from '../support/api.ts';
import { REGISTER_SAMPLE_SOURCE } from '../../seeds/demo/register.ts';

const { api, db } = useReferenceApi();

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Collectivite { nom } ... on Opsn { nom }
  ... on Federation { nom } ... on Editeur { nom } ... on Logiciel { nom } ... on Service { nom } ... on Partenaire { nom } } }`;

describe('node(id)', () => {
  it.each([
    ['commune:24322', 'Commune', 'Périgueux'],
    ['epci:200040392', 'Epci', 'CA Le Grand Périgueux'],
    ['departement:2A', 'Departement', 'Corse-du-Sud'],
    ['region:53', 'Region', 'Bretagne'],
    ['opsn:megalis', 'Opsn', 'Mégalis Bretagne'],
    ['federation:declic', 'Federation', 'Déclic'],
    ['editeur:libriciel', 'Editeur', 'Libriciel'],
    ['logiciel:i-parapheur', 'Logiciel', 'i-Parapheur'],
    ['service:dpd', 'Service', null],
    ['partenaire:anssi', 'Partenaire', 'ANSSI'],
  ])('finds %s as a %s', async (id, typename, nom) => {
    const { data, errors } = await api.run(NODE, { id });
    expect(errors).toBeUndefined();
    expect(data?.node.__typename).toBe(typename);
    expect(data?.node.id).toBe(id);
    if (nom) expect(data?.node.nom).toBe(nom);
  });

  it('returns null for an unknown id', async () => {
    const { data, errors } = await api.run(NODE, { id: 'commune:99999' });
    expect(errors).toBeUndefined();
    expect(data?.node).toBeNull();
    expect((await api.run(NODE, { id: 'opsn:inconnu' })).data?.node).toBeNull();
  });

  it.each([
    'megalis',
    'commune:',
    'ville:24322',
    'commune:2432',
    "opsn:x'}) DETACH DELETE n//",
    'commune:' + '1'.repeat(200),
  ])('refuses the malformed id %s with BAD_USER_INPUT', async (id) => {
    const { errors } = await api.run(NODE, { id });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/Identifiant mal formé.*Malformed id/);
  });
});

describe('a commune and its surroundings', () => {
  it('gives its EPCI, département and région', async () => {
    const { data, errors } = await api.run(`{ node(id: "commune:24322") { ... on Commune {
      nom code siren population simule epci { siren nom nature } departement { code nom region { code nom } } region { code } } } }`);
    expect(errors).toBeUndefined();
    expect(data?.node).toMatchObject({
      nom: 'Périgueux',
      code: '24322',
      simule: false,
      epci: { siren: '200040392', nom: 'CA Le Grand Périgueux', nature: 'CA' },
      departement: {
        code: '24',
        nom: 'Dordogne',
        region: { code: '75', nom: 'Nouvelle-Aquitaine' },
      },
      region: { code: '75' },
    });
    expect(data?.node.siren).toMatch(/^\d{9}$/);
  });

  it('lists an EPCI’s members and the départements it spans', async () => {
    const { data } = await api.run(`{ node(id: "epci:200000628") { ... on Epci {
      departements { code } membres(first: 10) { totalCount edges { node { code } } } } } }`);
    expect(data?.node.departements).toEqual([{ code: '84' }]);
    expect(data?.node.membres.totalCount).toBe(5);
    expect(data?.node.membres.edges.map((e: any) => e.node.code).sort()).toEqual([
      '84019',
      '84063',
      '84064',
      '84078',
      '84083',
    ]);
  });
});

describe('lists', () => {
  const COMMUNES = `query($filter: CollectiviteFilter, $first: Int, $after: String, $ordre: OrdreCollectivites) {
    communes(filter: $filter, first: $first, after: $after, ordre: $ordre) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id code nom population departement { code } } } } }`;

  it('walks a whole list page by page with no duplicate and no gap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages += 1) {
      const { data, errors }: ApiResult<any> = await api.run(COMMUNES, {
        filter: { departement: '2A' },
        first: 50,
        after,
      });
      expect(errors).toBeUndefined();
      total = data?.communes.totalCount;
      seen.push(...data!.communes.edges.map((e: any) => e.node.code));
      if (!data?.communes.pageInfo.hasNextPage) break;
      after = data.communes.pageInfo.endCursor;
    }
    expect(total).toBe(124);
    expect(seen).toHaveLength(124);
    expect(new Set(seen).size).toBe(124);
    const { records } = await db.driver.executeQuery(
      "MATCH (c:Commune {departement: '2A'}) RETURN c.code AS code ORDER BY code",
      {},
      { database: 'neo4j' },
    );
    expect([...seen].sort()).toEqual(records.map((r) => r.get('code')));
  });

  it('orders explicitly: by name, by code, by population', async () => {
    const byName = await api.run(COMMUNES, { filter: { departement: '24' }, first: 3 });
    expect(byName.data?.communes.edges.map((e: any) => e.node.nom)).toEqual([
      'Abjat-sur-Bandiat',
      'Agonac',
      'Ajat',
    ]);
    const byPopulation = await api.run(COMMUNES, {
      filter: { departement: '24' },
      first: 1,
      ordre: 'POPULATION',
    });
    expect(byPopulation.data?.communes.edges[0].node.nom).toBe('Périgueux');
    const byCode = await api.run(COMMUNES, { first: 1, ordre: 'CODE' });
    expect(byCode.data?.communes.edges[0].node.code).toBe('01001');
  });

  it('filters by département, région, nature and text', async () => {
    const dep = await api.run(COMMUNES, { filter: { departement: '24' }, first: 1 });
    expect(dep.data?.communes.totalCount).toBe(503);
    const region = await api.run(
      `{ communes(filter: { region: "53" }, first: 1) { totalCount } departements(filter: { region: "53" }) { totalCount edges { node { code } } } }`,
    );
    expect(region.data?.departements.edges.map((e: any) => e.node.code)).toEqual([
      '22',
      '29',
      '35',
      '56',
    ]);
    const { records } = await db.driver.executeQuery(
      "MATCH (c:Commune {region: '53'}) RETURN count(c) AS n",
      {},
      { database: 'neo4j' },
    );
    expect(region.data?.communes.totalCount).toBe(records[0]?.get('n'));
    const metro = await api.run(
      `{ epcis(filter: { nature: METRO }, first: 500) { totalCount edges { node { nature } } } }`,
    );
    expect(metro.data?.epcis.totalCount).toBe(22);
    expect(new Set(metro.data?.epcis.edges.map((e: any) => e.node.nature))).toEqual(
      new Set(['METRO']),
    );
    const communesOfMetropoles = await api.run(
      `{ communes(filter: { nature: METRO, departement: "33" }, first: 1) { totalCount } }`,
    );
    expect(communesOfMetropoles.data?.communes.totalCount).toBe(28); // Bordeaux Métropole
    const text = await api.run(COMMUNES, { filter: { texte: 'perigueux' }, first: 5 });
    expect(text.data?.communes.edges.map((e: any) => e.node.nom)).toContain('Périgueux');
    const opsn = await api.run(
      `{ opsns(filter: { texte: "megalis" }) { totalCount edges { node { id } } } }`,
    );
    expect(opsn.data?.opsns.edges.map((e: any) => e.node.id)).toContain('opsn:megalis');
    const opsnInDep = await api.run(
      `{ opsns(filter: { departement: "12" }, first: 100) { edges { node { id } } } }`,
    );
    expect(opsnInDep.data?.opsns.edges.map((e: any) => e.node.id)).toContain('opsn:smica');
  });

  it('gives the operators of the study with their sourced facts and territory', async () => {
    const { data } =
      await api.run(`{ node(id: "opsn:sitiv") { ... on Opsn { sigle membreDeclic simule federation { id }
      territoire { code } faits { champ valeur source } } } }`);
    expect(data?.node.sigle).toBe('SITIV');
    expect(data?.node.membreDeclic).toBe(true);
    expect(data?.node.federation).toEqual({ id: 'federation:declic' });
    expect(data?.node.territoire.map((d: any) => d.code)).toEqual(['42', '69']);
    // SITIV is in the ANCT register's sample, which the default graph loads through the import.
    for (const fait of data?.node.faits ?? [])
      expect(fait.source).toMatch(
        new RegExp(`^(public:|etude-declic-2020$|synthetic$|${REGISTER_SAMPLE_SOURCE}$)`),
      );
    expect(data?.node.faits.map((f: any) => f.source)).toContain(REGISTER_SAMPLE_SOURCE);
    // Public facts keep their source; the demo graph only fills what no reference gives.
    const agents = data?.node.faits.find((f: any) => f.champ === 'agents');
    expect(agents).toEqual({
      champ: 'agents',
      valeur: '34',
      source: expect.stringMatching(/^public:/),
    });
    const counts = await api.run(
      `{ opsns { totalCount } editeurs { totalCount } partenaires { totalCount } services(first: 100) { totalCount } }`,
    );
    expect(counts.data?.editeurs.totalCount).toBeGreaterThanOrEqual(6);
    expect(counts.data?.services.totalCount).toBeGreaterThanOrEqual(20);
    const anssi = await api.run(
      `{ node(id: "partenaire:anssi") { ... on Partenaire { partenariats { objet cible { ... on Federation { id } } } } } }`,
    );
    const withDeclic = anssi.data?.node.partenariats.find(
      (p: any) => p.cible.id === 'federation:declic',
    );
    expect(withDeclic.objet).toMatch(/cybersécurité/);
  });
});

describe('batching', () => {
  it('costs a constant number of queries for 100 communes with their EPCI, département and région', async () => {
    const query = (
      first: number,
    ) => `{ communes(first: ${first}, filter: { region: "75" }) { edges { node {
      nom epci { nom nature } departement { nom region { nom } } region { code } } } } }`;
    const ten = await api.run(query(10));
    const hundred = await api.run(query(100));
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data?.communes.edges).toHaveLength(100);
    // The page and everything below it, compiled into one query.
    expect(hundred.queryCount).toBe(1);
    expect(ten.queryCount).toBe(hundred.queryCount);
  });
});

describe('bad input', () => {
  it.each([
    ['{ communes(first: 501) { totalCount } }', /entre 1 et 500/],
    ['{ communes(first: 0) { totalCount } }', /entre 1 et 500/],
    ['{ communes(filter: { departement: "99" }) { totalCount } }', /Département inconnu/],
    ['{ communes(filter: { region: "XX" }) { totalCount } }', /Région inconnue/],
    ['{ opsns(filter: { departement: "2C" }) { totalCount } }', /Département inconnu/],
    ['{ departements(filter: { nature: CC }) { totalCount } }', /nature/],
    ['{ communes(after: "pas-un-curseur") { totalCount } }', /Curseur/],
    [`{ communes(filter: { texte: "${'a'.repeat(201)}" }) { totalCount } }`, /Texte trop long/],
  ])('%s → BAD_USER_INPUT', async (query, message) => {
    const { errors, data } = await api.run(query);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
  });

  it('refuses an unknown enum value through GraphQL validation', async () => {
    const { errors } = await api.run('{ epcis(filter: { nature: VILLE }) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('treats quotes and Lucene syntax in text as plain text', async () => {
    const { errors, data } = await api.run(
      'query($t: String) { communes(filter: { texte: $t }) { totalCount } }',
      {
        t: `") OR 1=1 // }] \\ AND:*~`,
      },
    );
    expect(errors).toBeUndefined();
    expect(data?.communes.totalCount).toBe(0);
  });
});

describe('the compiled list queries', () => {
  const operatorsOf = (plan: { operatorType: string; children: unknown[] }): string[] => [
    plan.operatorType,
    ...plan.children.flatMap((child) => operatorsOf(child as typeof plan)),
  ];

  async function planOf(
    list: ListName,
    filters: Record<string, unknown>,
    lucene: string | null = null,
  ) {
    const { query, params } = listQueryFor(list, {
      lucene,
      ordre: 'NOM',
      skip: 0,
      limit: 20,
      filters,
    });
    const result = await db.driver.executeQuery(`EXPLAIN ${query.text}`, params, {
      database: 'neo4j',
    });
    return { name: query.name, operators: operatorsOf(result.summary.plan as never).join(' ') };
  }

  it('hold only the filters present, so that the index of each one is used', async () => {
    const byDepartement = await planOf('communes', { departement: '24', region: null });
    expect(byDepartement.name).toBe('communesPageWhereDepartementByNOM');
    expect(byDepartement.operators).toMatch(/NodeIndexSeek/);
    expect(byDepartement.operators).not.toMatch(/NodeByLabelScan/);
    const unfiltered = await planOf('communes', {});
    expect(unfiltered.name).toBe('communesPageByNOM');
    expect(unfiltered.operators).not.toMatch(/Filter@|Filter /);
    const byNature = await planOf('epcis', { nature: 'METRO' });
    expect(byNature.name).toBe('epcisPageWhereNatureByNOM');
  });
});
