/**
 * The client's pure functions behind issue 14: figures that say what they count, names rather
 * than codes on charts, the heat-map's ranked pairs and clicks, fiches for unknown addresses,
 * and the national white-zone export.
 */
import { describe, expect, it } from 'vitest';
import { csvHeader, csvLines, toCsv } from '../../client/src/lib/csv.ts';
import {
  heatmapDescription,
  histogramDescription,
  sankeyDescription,
  servicesDescription,
} from '../../client/src/lib/chart-descriptions.ts';
import { ficheState, isUnknownIdError } from '../../client/src/lib/errors.ts';
import {
  asShare,
  compte,
  DEFAULT_PERIMETRE,
  membreDeclicOf,
  shareOrRatio,
} from '../../client/src/lib/figures.ts';
import { opsnShortName, pluriel, shorten } from '../../client/src/lib/format.ts';
import {
  describeDrawing,
  emptyGraph,
  groupLeaves,
  mergeSlice,
  toElements,
} from '../../client/src/lib/graph.ts';
import { buildMatrix, cellPair, heatmapOption, rankPairs } from '../../client/src/lib/heatmap.ts';
import {
  histogramOption,
  servicesOption,
  servicesRows,
} from '../../client/src/lib/panorama-charts.ts';
import { neighbourInDirection } from '../../client/src/lib/map-nav.ts';
import { sankeyOperatorId } from '../../client/src/lib/sankey.ts';
import { leastServedFirst, walkPages } from '../../client/src/lib/white-zones.ts';

describe('figures', () => {
  it('shows a share only when it is one', () => {
    expect(asShare(0.42)).toBe(0.42);
    expect(asShare(1.525)).toBeNull();
    expect(asShare(Number.NaN)).toBeNull();
    expect(shareOrRatio(0.374, 'des communes du périmètre', 'adhésions par commune')).toBe(
      '37,4 % des communes du périmètre',
    );
    expect(
      shareOrRatio(1.525, 'des communes du périmètre', 'plus d’adhésions que de communes'),
    ).toBe('plus d’adhésions que de communes : × 1,5');
    expect(shareOrRatio(1.525, 'des communes', '')).toBe('');
  });

  it('says none, one or many in French', () => {
    expect(
      compte(0, 'adhésion en double', 'adhésions en double', 'aucune adhésion en double'),
    ).toBe('aucune adhésion en double');
    expect(compte(1, 'adhésion en double', 'adhésions en double', 'aucune')).toBe(
      '1 adhésion en double',
    );
    expect(compte(3903, 'adhésion en double', 'adhésions en double', 'aucune')).toBe(
      '3\u202f903 adhésions en double',
    );
    expect(pluriel(1, 'simulé')).toBe('1 simulé');
    expect(pluriel(2, 'opérateur')).toBe('2 opérateurs');
  });

  it('starts every page from the study’s perimeter', () => {
    expect(DEFAULT_PERIMETRE).toBe('declic');
    expect(membreDeclicOf('declic')).toBe(true);
    expect(membreDeclicOf('autres')).toBe(false);
    expect(membreDeclicOf('tous')).toBeNull();
  });
});

describe('names on charts', () => {
  it('uses an acronym that is a word, else the shortened name, never a code', () => {
    expect(opsnShortName({ nom: 'Mégalis Bretagne', sigle: 'MEGALIS' })).toBe('MEGALIS');
    expect(opsnShortName({ nom: 'OPSN simulé — Bretagne', sigle: 'SIM-R53' })).toBe(
      'OPSN simulé — Bretagne',
    );
    const long = opsnShortName({
      nom: 'OPSN simulé — Finistère, Morbihan et Côtes-d’Armor',
      sigle: 'SIM-29',
    });
    expect(long).toMatch(/…$/);
    expect([...long].length).toBeLessThanOrEqual(26);
    expect(shorten('abc', 5)).toBe('abc');
    // A sigle with digits that is not a code stays a name.
    expect(opsnShortName({ nom: 'X', sigle: 'CDG 47' })).toBe('CDG 47');
    expect(opsnShortName({ nom: 'Hors Déclic — Cher', sigle: 'HD-R24' })).toBe(
      'Hors Déclic — Cher',
    );
  });

  it('finds the operator behind a Sankey node', () => {
    expect(sankeyOperatorId('D:opsn:megalis')).toBe('opsn:megalis');
    expect(sankeyOperatorId('R:opsn:sitiv')).toBe('opsn:sitiv');
    expect(sankeyOperatorId('L:logiciel:x')).toBeNull();
    expect(sankeyOperatorId(undefined)).toBeNull();
  });
});

const opsn = (id: string) => ({ id: `opsn:${id}`, nom: id.toUpperCase(), sigle: null });
const pairs = [
  { a: opsn('a'), b: opsn('b'), shared: 5, jaccard: 0.1 },
  { a: opsn('a'), b: opsn('c'), shared: 9, jaccard: 0.05 },
  { a: opsn('b'), b: opsn('c'), shared: 0, jaccard: 0 },
];

describe('heat-map', () => {
  it('ranks the pairs that share the most, or the most similar', () => {
    expect(rankPairs(pairs).map((p) => p.b.id)).toEqual(['opsn:c', 'opsn:b']);
    expect(rankPairs(pairs, 'jaccard').map((p) => p.b.id)).toEqual(['opsn:b', 'opsn:c']);
    expect(rankPairs(pairs, 'shared', 1)).toHaveLength(1);
  });

  it('turns a clicked cell back into its two operators', () => {
    const matrix = buildMatrix(pairs);
    const [x, y] = matrix.cells[0]!;
    const pair = cellPair(matrix, [x, y]);
    expect(pair).not.toBeNull();
    expect(new Set(pair)).toEqual(new Set([matrix.operators[x]!.id, matrix.operators[y]!.id]));
    expect(cellPair(matrix, [0, 0])).toBeNull();
    expect(cellPair(matrix, [99, 0])).toBeNull();
  });
});

describe('fiches', () => {
  const unknown = { graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT' } }] };
  it('tells an address that names nothing from an error worth retrying', () => {
    expect(isUnknownIdError(unknown)).toBe(true);
    expect(isUnknownIdError({ networkError: new Error('down') })).toBe(false);
    const base = { loading: false, error: null, found: false, answered: true };
    expect(ficheState({ ...base, found: true })).toBe('found');
    expect(ficheState(base)).toBe('missing');
    expect(ficheState({ ...base, error: unknown })).toBe('missing');
    expect(ficheState({ ...base, error: { networkError: {} } })).toBe('error');
    expect(ficheState({ ...base, loading: true, answered: false })).toBe('loading');
  });
});

describe('white zones', () => {
  const commune = (code: string, served: string[] = [], viaEpci: string[] = []) => ({
    id: `commune:${code}`,
    code,
    nom: code,
    population: 100,
    adhesions: served.map((id) => ({ opsn: { id } })),
    epci: { id: 'epci:1', nom: 'E', adhesions: viaEpci.map((id) => ({ opsn: { id } })) },
  });
  const pages = [
    [commune('1'), commune('2')],
    [commune('3'), commune('4')],
  ];
  const fetchPage = async (after: string | null) => {
    const index = after === null ? 0 : Number(after);
    return {
      items: pages[index]!,
      totalCount: 4,
      endCursor: String(index + 1),
      hasNextPage: index + 1 < pages.length,
    };
  };

  it('walks every page once, in order, and tells its progress', async () => {
    const seen: string[][] = [];
    const progress: number[][] = [];
    const all = await walkPages(fetchPage, (items, read, total) => {
      seen.push(items.map((c) => c.code));
      progress.push([read, total]);
    });
    expect(seen).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(all).toEqual({ read: 4, total: 4, complete: true });
    expect(progress).toEqual([
      [2, 4],
      [4, 4],
    ]);
  });

  it('stops when asked', async () => {
    const controller = new AbortController();
    const result = await walkPages(fetchPage, () => controller.abort(), controller.signal);
    expect(result.complete).toBe(false);
    expect(result.read).toBe(2);
  });

  it('sorts the least served départements first', () => {
    expect(
      leastServedFirst([
        { code: '02', share: 0.5, unserved: 3 },
        { code: '01', share: 0, unserved: 10 },
        { code: '03', share: 0, unserved: 20 },
      ]).map((r) => r.code),
    ).toEqual(['03', '01', '02']);
  });

  it('builds a CSV in parts that equals the CSV in one piece', () => {
    const columns = [
      { header: 'Code', value: (r: { code: string }) => r.code },
      { header: 'Nom', value: (r: { code: string }) => `=${r.code}` },
    ];
    const rows = [{ code: '1' }, { code: '2' }];
    expect(csvHeader(columns) + csvLines(rows, columns)).toBe(toCsv(rows, columns));
  });
});

describe('moving across the map with the arrow keys', () => {
  const centers = new Map([
    ['29', { x: 0, y: 0 }],
    ['22', { x: 10, y: -1 }],
    ['56', { x: 9, y: 6 }],
    ['35', { x: 20, y: 0 }],
    ['50', { x: 25, y: -15 }],
  ]);
  it('goes to the nearest département in that direction, or nowhere at the edge', () => {
    expect(neighbourInDirection(centers, '29', 'right')).toBe('22');
    expect(neighbourInDirection(centers, '22', 'down')).toBe('56');
    expect(neighbourInDirection(centers, '35', 'up')).toBe('50');
    expect(neighbourInDirection(centers, '29', 'left')).toBeNull();
    expect(neighbourInDirection(centers, 'absent', 'left')).toBeNull();
  });
});

describe('tables generated from the schema', () => {
  it('gives Apollo the types behind each interface and the type of an id', async () => {
    const { possibleTypes, ID_PREFIX_TYPES } =
      await import('../../client/src/generated/schema-tables.ts');
    const { typeOfId } = await import('../../client/src/composables/links.ts');
    expect(possibleTypes.Collectivite).toEqual([
      'AutreOrganisme',
      'Commune',
      'Departement',
      'Epci',
      'Region',
    ]);
    expect(possibleTypes.Node).toHaveLength(Object.keys(ID_PREFIX_TYPES).length);
    expect(typeOfId('commune:24322')).toBe('Commune');
    expect(typeOfId('organisme:x')).toBe('AutreOrganisme');
    expect(typeOfId('inconnu:x')).toBe('Node');
  });

  it('finds an entity’s page from its id alone, through the generated table', async () => {
    const { entityRoute } = await import('../../client/src/composables/links.ts');
    expect(entityRoute({ id: 'commune:24322' })).toEqual({
      name: 'collectivite',
      params: { id: 'commune:24322' },
    });
    expect(entityRoute({ id: 'organisme:ccas-x' })).toEqual({
      name: 'collectivite',
      params: { id: 'organisme:ccas-x' },
    });
    expect(entityRoute({ id: 'opsn:megalis' })).toEqual({
      name: 'operateur',
      params: { key: 'megalis' },
    });
    expect(entityRoute({ id: 'logiciel:x' })).toEqual({ name: 'logiciel', params: { key: 'x' } });
    expect(entityRoute({ id: 'service:cybersecurite' })).toEqual({
      name: 'service',
      params: { key: 'cybersecurite' },
    });
    expect(entityRoute({ id: 'federation:declic' })).toEqual({
      name: 'explorer',
      query: { id: 'federation:declic' },
    });
  });
});

describe('chart descriptions for screen readers', () => {
  it('say in French what each chart shows, with its figures and never NaN', () => {
    const histogram = histogramDescription([
      { min: 0, max: 50, operators: 12 },
      { min: 50, max: 100, operators: 0 },
      { min: 2000, max: null, operators: 1 },
    ]);
    expect(histogram).toBe(
      "Histogramme de 13 opérateurs par nombre d'adhérents : 12 de 0 à 49 et 1 de 2\u202f000 et plus adhérents.",
    );
    const services = servicesDescription([
      { service: { nom: 'DPD' }, share: 0.5, operators: 5 },
      { service: { nom: 'Cybersécurité' }, share: 0.8, operators: 8 },
    ]);
    expect(services).toBe(
      'Part des opérateurs proposant chacun des 2 services : en tête Cybersécurité (80 %) et DPD (50 %).',
    );
    expect(heatmapDescription(pairs, 3)).toContain('A et C (9 collectivités en commun)');
    expect(
      sankeyDescription('Libriciel', [
        {
          logiciel: { nom: 'i-Parapheur' },
          distributeur: { nom: 'Mégalis' },
          relais: null,
          reach: { collectivites: 1 },
        },
      ]),
    ).toBe(
      'Diagramme de Sankey de 1 chaîne : 1 logiciel de Libriciel distribué par 1 opérateur. La chaîne qui atteint le plus de collectivités : i-Parapheur par Mégalis (1 collectivité).',
    );
    for (const text of [histogram, services]) expect(text).not.toMatch(/NaN|undefined/);
  });
});

describe('the Explorer folds large neighbourhoods', () => {
  it('draws the many leaves of one type around an entity as one group to open', () => {
    const graph = emptyGraph();
    const nodes = [
      { id: 'opsn:a', type: 'Opsn', label: 'A' },
      ...Array.from({ length: 20 }, (_, i) => ({
        id: `organisme:${i}`,
        type: 'AutreOrganisme',
        label: `O${i}`,
      })),
      { id: 'commune:1', type: 'Commune', label: 'Un' },
    ];
    const edges = nodes.slice(1).map((n) => ({
      id: `${n.id}|ADHERE_A|opsn:a`,
      from: n.id,
      to: 'opsn:a',
      type: 'ADHERE_A',
    }));
    mergeSlice(graph, { nodes, edges });
    const groups = groupLeaves(graph, { root: 'opsn:a' });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe('20 organismes');
    const elements = toElements(graph, { root: 'opsn:a' });
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(3);
    const opened = toElements(graph, { root: 'opsn:a', openGroups: new Set([groups[0]!.id]) });
    expect(opened.filter((e) => e.group === 'nodes')).toHaveLength(22);
    expect(describeDrawing(graph, groups)).toBe(
      '20 organismes (dont 20 regroupés), 1 commune et 1 opérateur',
    );
  });
});

describe('chart options are pure functions of the figures', () => {
  it('puts operators’ names on the heat-map axes, never codes', () => {
    const matrix = buildMatrix([
      {
        a: { id: 'opsn:x', nom: 'OPSN simulé — Aisne', sigle: 'SIM-02' },
        b: { id: 'opsn:y', nom: 'Mégalis Bretagne', sigle: 'MEGALIS' },
        shared: 4,
        jaccard: 0.2,
      },
    ]);
    const option = heatmapOption(matrix, 'shared');
    expect(option.xAxis.data).toEqual(expect.arrayContaining(['OPSN simulé — Aisne', 'MEGALIS']));
    expect(option.xAxis.data.join(' ')).not.toMatch(/SIM-/);
  });

  it('draws the services most offered on top and labels the histogram’s classes', () => {
    const services = [
      { service: { id: 's:1', nom: 'Un' }, share: 0.9 },
      { service: { id: 's:2', nom: 'Deux' }, share: 0.1 },
    ];
    expect(servicesOption(services).yAxis.data).toEqual(['Deux', 'Un']);
    expect(servicesRows(services)[1]!.service.id).toBe('s:1');
    expect(histogramOption([{ min: 0, max: 50, operators: 3 }]).xAxis.data).toEqual(['0 à 49']);
  });
});
