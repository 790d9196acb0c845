import { describe, expect, it } from 'vitest';
import {
  COUVERTURE_COLORS,
  NO_DATA,
  SEQUENTIAL,
  ZERO,
  contrastRatio,
  sequentialScale,
  textColorOn,
} from '../../client/src/lib/colors.ts';
import { compareCodes } from '../../client/src/lib/departements.ts';
import { pourcent, population, sourceLabel } from '../../client/src/lib/format.ts';
import { errorMessage } from '../../client/src/lib/errors.ts';
import { emptyGraph, mergeSlice, toElements } from '../../client/src/lib/graph.ts';
import { buildMatrix } from '../../client/src/lib/heatmap.ts';
import { bucketLabel } from '../../client/src/lib/histogram.ts';
import { buildSankey, type ChainInput } from '../../client/src/lib/sankey.ts';
import { filterRows, fold, paginate, sortRows } from '../../client/src/lib/table.ts';

describe('colour scales', () => {
  it('gives integer counts one class per value when there are few', () => {
    const scale = sequentialScale([0, 1, 2, 3], { integer: true });
    expect(scale.classes.map((c) => c.label)).toEqual(['1', '2', '3']);
    expect(scale.colorOf(0)).toBe(ZERO);
    expect(scale.colorOf(null)).toBe(NO_DATA);
    expect(new Set([1, 2, 3].map(scale.colorOf)).size).toBe(3);
  });

  it('splits larger counts into six classes whose bounds cover every integer', () => {
    const scale = sequentialScale([0, 5, 12], { integer: true });
    expect(scale.classes).toHaveLength(6);
    expect(scale.classes[0]).toMatchObject({ min: 1, max: 2 });
    expect(scale.classes[5]).toMatchObject({ min: 11, max: 12 });
    for (let i = 1; i < scale.classes.length; i += 1) {
      expect(scale.classes[i]!.min).toBe(scale.classes[i - 1]!.max + 1);
    }
    expect(scale.colorOf(12)).toBe(scale.classes[5]!.color);
    expect(scale.colorOf(2)).toBe(scale.classes[0]!.color);
  });

  it('maps shares from 0 to 1 with white for zero and darker for more', () => {
    const scale = sequentialScale([0, 0.2, 1], { max: 1, format: (v) => pourcent(v, 0) });
    expect(scale.colorOf(0)).toBe(ZERO);
    expect(scale.colorOf(0.05)).toBe(scale.classes[0]!.color);
    expect(scale.colorOf(1)).toBe(scale.classes.at(-1)!.color);
    expect(scale.classes[0]!.label).toBe("jusqu'à 17 %");
  });

  it('has no classes when every value is zero', () => {
    const scale = sequentialScale([0, 0]);
    expect(scale.classes).toEqual([]);
    expect(scale.colorOf(0)).toBe(ZERO);
  });

  it('picks readable text on dark and light backgrounds', () => {
    expect(textColorOn('#08519c')).toBe('#ffffff');
    expect(textColorOn('#f4f4f4')).toBe('#000000');
    expect(textColorOn(ZERO)).toBe('#000000');
  });

  it('keeps every map fill at 4.5:1 or more with its text colour (the orange of Mayotte too)', () => {
    const fills = [...SEQUENTIAL, ...Object.values(COUVERTURE_COLORS), NO_DATA, ZERO, '#e07b39'];
    for (const fill of fills) {
      expect(contrastRatio(fill, textColorOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColorOn('#e07b39')).toBe('#000000');
  });
});

const op = (id: string, nom = id) => ({ id: `opsn:${id}`, nom, sigle: nom.toUpperCase() });
const chain = (
  logiciel: string,
  distributeur: string,
  collectivites: number,
  relais?: string,
): ChainInput => ({
  logiciel: { id: `logiciel:${logiciel}`, nom: logiciel },
  distributeur: op(distributeur),
  mode: relais ? 'REVENTE' : 'SUPPORT',
  relais: relais ? op(relais) : null,
  relaisMode: relais ? 'MARQUE_BLANCHE' : null,
  reach: { collectivites, communes: collectivites, population: collectivites * 100 },
});

describe('Sankey of distribution chains', () => {
  it('links editor → software → distributor → (relay) → target, with flows conserved', () => {
    const data = buildSankey({ id: 'editeur:x', nom: 'X' }, [
      chain('parapheur', 'a', 100),
      chain('parapheur', 'b', 50, 'a'),
      chain('ged', 'a', 30),
    ]);
    // `a` distributes and also relays for `b`: two distinct nodes, so no cycle.
    expect(
      data.nodes
        .filter((n) => n.label === 'A')
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['distributeur', 'relais']);
    const link = (s: string, t: string) => data.links.find((l) => l.source === s && l.target === t);
    expect(link('E:editeur:x', 'L:logiciel:parapheur')?.real).toBe(150);
    expect(link('L:logiciel:parapheur', 'D:opsn:a')?.real).toBe(100);
    expect(link('D:opsn:b', 'R:opsn:a')?.real).toBe(50);
    expect(link('R:opsn:a', 'C:cible')?.real).toBe(50);
    expect(link('D:opsn:a', 'C:cible')?.real).toBe(130);
    expect(data.total).toBe(180);
    for (const node of data.nodes.filter((n) => n.kind !== 'editeur' && n.kind !== 'cible')) {
      const inflow = data.links
        .filter((l) => l.target === node.name)
        .reduce((s, l) => s + l.real, 0);
      const outflow = data.links
        .filter((l) => l.source === node.name)
        .reduce((s, l) => s + l.real, 0);
      expect(outflow).toBe(inflow);
    }
  });

  it('keeps empty chains visible with a thin band and their real value', () => {
    const data = buildSankey({ id: 'editeur:x', nom: 'X' }, [
      chain('a', 'a', 1000),
      chain('b', 'b', 0),
    ]);
    const empty = data.links.find((l) => l.target === 'L:logiciel:b')!;
    expect(empty.real).toBe(0);
    expect(empty.value).toBeGreaterThan(0);
    expect(buildSankey({ id: 'e', nom: 'E' }, [])).toEqual({ nodes: [], links: [], total: 0 });
  });

  it('can weigh flows by population', () => {
    const data = buildSankey({ id: 'e', nom: 'E' }, [chain('a', 'a', 3)], 'population');
    expect(data.total).toBe(300);
  });
});

describe('overlap matrix', () => {
  const pairs = [
    { a: op('a'), b: op('b'), shared: 10, jaccard: 0.5 },
    { a: op('a'), b: op('c'), shared: 2, jaccard: 0.1 },
    { a: op('b'), b: op('c'), shared: 0, jaccard: 0 },
  ];
  it('orders operators by total shared and fills both halves', () => {
    const matrix = buildMatrix(pairs);
    expect(matrix.operators.map((o) => o.id)).toEqual(['opsn:a', 'opsn:b', 'opsn:c']);
    expect(matrix.cells).toContainEqual([0, 1, 10]);
    expect(matrix.cells).toContainEqual([1, 0, 10]);
    expect(matrix.cells).toHaveLength(4);
    expect(matrix.max).toBe(10);
  });
  it('uses the Jaccard index and a limit', () => {
    const matrix = buildMatrix(pairs, 'jaccard', 2);
    expect(matrix.operators).toHaveLength(2);
    expect(matrix.cells).toEqual([
      [0, 1, 0.5],
      [1, 0, 0.5],
    ]);
  });
});

describe('tables', () => {
  const rows = [
    { nom: 'Évreux', pop: 47000 },
    { nom: 'abbeville', pop: null },
    { nom: 'Brest', pop: 139000 },
  ];
  it('sorts in French order, empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.nom).map((r) => r.nom)).toEqual([
      'abbeville',
      'Brest',
      'Évreux',
    ]);
    expect(sortRows(rows, (r) => r.pop, 'desc').map((r) => r.nom)).toEqual([
      'Brest',
      'Évreux',
      'abbeville',
    ]);
    expect(sortRows(rows, (r) => r.pop, 'asc').map((r) => r.nom)).toEqual([
      'Évreux',
      'Brest',
      'abbeville',
    ]);
  });
  it('filters on every word, ignoring accents and case', () => {
    expect(fold('Évreux')).toBe('evreux');
    expect(filterRows(rows, 'EVR', (r) => r.nom)).toHaveLength(1);
    expect(filterRows(rows, '  ', (r) => r.nom)).toHaveLength(3);
  });
  it('paginates and clamps the page', () => {
    const list = Array.from({ length: 53 }, (_, i) => i);
    expect(paginate(list, 3, 25)).toMatchObject({ page: 3, pages: 3, from: 51, to: 53 });
    expect(paginate(list, 9, 25).page).toBe(3);
    expect(paginate(list, 0, 25).rows[0]).toBe(0);
    expect(paginate([], 1, 25)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0 });
  });
});

describe('small helpers', () => {
  it('sorts and parses département codes', () => {
    expect(['2B', '971', '01', '2A', '19', '21'].sort(compareCodes)).toEqual([
      '01',
      '19',
      '2A',
      '2B',
      '21',
      '971',
    ]);
  });
  it('labels histogram classes', () => {
    expect(bucketLabel({ min: 0, max: 50 })).toBe('0 à 49');
    expect(bucketLabel({ min: 2000, max: null })).toBe('2\u202f000 et plus');
  });
  it('formats populations and sources in French', () => {
    expect(population(1_234_567)).toBe("1,2 million d'hab.");
    expect(population(3_400_000)).toBe("3,4 millions d'hab.");
    expect(sourceLabel('synthetic')).toMatch(/simulée/);
    expect(sourceLabel('public:https://x.fr')).toBe('Source : https://x.fr');
    expect(sourceLabel('import:declic:deba09a54dd59179')).toBe(
      'Source : fichier importé par Déclic (empreinte deba09a54dd59179)',
    );
    expect(sourceLabel('declaration:opsn:megalis#délibération 2024-12')).toBe(
      "Source : déclaration de l'opérateur megalis (réf. délibération 2024-12)",
    );
  });
  it('merges graph slices without dangling edges and marks simulated nodes', () => {
    const graph = emptyGraph();
    mergeSlice(graph, {
      nodes: [
        { id: 'opsn:a', type: 'Opsn', label: 'A', simule: true },
        { id: 'commune:1', type: 'Commune', label: 'Un' },
      ],
      edges: [
        { id: 'commune:1|ADHERE_A|opsn:a', from: 'commune:1', to: 'opsn:a', type: 'ADHERE_A' },
        { id: 'commune:2|ADHERE_A|opsn:a', from: 'commune:2', to: 'opsn:a', type: 'ADHERE_A' },
      ],
    });
    expect(graph.edges.size).toBe(1);
    const elements = toElements(graph, { root: 'opsn:a' });
    const a = elements.find((e) => e.data.id === 'opsn:a')!;
    expect(a.classes).toContain('simule');
    expect(a.classes).toContain('root');
    expect(a.data.label).toBe('A (simulé)');
    expect(elements.find((e) => e.group === 'edges')?.data.label).toBe('adhère à');
  });
});

describe('errorMessage', () => {
  it("gives the server's words first, from a GraphQL error or a refused request's body", () => {
    expect(errorMessage({ graphQLErrors: [{ message: 'Réservé / Reserved' }], message: 'x' })).toBe(
      'Réservé / Reserved',
    );
    expect(
      errorMessage({
        graphQLErrors: [],
        networkError: { result: { errors: [{ message: 'Jeton expiré / Token expired' }] } },
        message: 'Response not successful: Received status code 401',
      }),
    ).toBe('Jeton expiré / Token expired');
    expect(errorMessage(new Error('Failed to fetch'))).toBe('Failed to fetch');
  });
});
