/**
 * What each kind of declaration (server/graph/model/) compiles to: a value computed in Cypher,
 * a node found by an id built from a property, the properties of edge objects, the parent
 * seen from an edge; and a field the model leaves to its resolver, which is not compiled.
 */
import { describe, expect, it } from 'vitest';
import { cypher, translate } from './translate.ts';

describe('reads of the model', () => {
  it('inlines the Cypher expression of a computed field', async () => {
    const [read] = await translate(`{ node(id: "departement:24") { ... on Departement {
      code population
    } } }`);

    expect(read).toEqual({
      cypher: cypher(`n {.id, .code, __sel: {population: reduce(total = 0, p IN COLLECT {
        MATCH (v1:Commune {departement: n.code}) RETURN coalesce(v1.population, 0) } | total + p)}}`),
      params: {},
    });
  });

  it('finds a node by the id its parent holds (a commune’s département)', async () => {
    const [read] = await translate(`{ node(id: "commune:24322") { ... on Commune {
      departement { nom }
    } } }`);

    expect(read).toEqual({
      cypher: cypher(`n {.id, __sel: {departement: head(COLLECT {
        MATCH (v1:Departement) WHERE v1.id = 'departement:' + n.departement
        RETURN v1 {.id, .nom} })}}`),
      params: {},
    });
  });

  it('reads from the relationship the properties its edge type declares (enCours: fin)', async () => {
    const [read] = await translate(`{ node(id: "commune:24322") { ... on Commune {
      adhesions { enCours depuis opsn { sigle } }
    } } }`);

    expect(read).toEqual({
      cypher: cypher(`n {.id, __sel: {adhesions: COLLECT {
        MATCH (n)-[r2:ADHERE_A]->(v1:Opsn) WITH v1, r2 ORDER BY v1.nom, v1.id
        RETURN {node: v1 {.id, .sigle}, rel: r2 {.fin, .depuis}} }}}`),
      params: {},
    });
  });

  it('asks of the parent what is asked of it from its edges', async () => {
    const [read] = await translate(`{ node(id: "commune:24322") { ... on Commune {
      adhesionsTerminees { fin collectivite { nom } }
    } } }`);

    expect(read).toEqual({
      cypher: cypher(`n {.id, .nom, __sel: {adhesionsTerminees: COLLECT {
        MATCH (n)-[r2:ADHERAIT_A]->(v1:Opsn) WITH v1, r2 ORDER BY r2.fin DESC, v1.nom, v1.id
        RETURN {node: v1 {.id}, rel: r2 {.fin}} }}}`),
      params: {},
    });
  });

  it('reads the properties a derived field is computed from', async () => {
    const [read] = await translate(`{ node(id: "opsn:megalis") { ... on Opsn {
      membreDeclicSimule notes
    } } }`);

    expect(read).toEqual({
      cypher: 'n {.id, .source, .membreDeclicSource, .notes}',
      params: {},
    });
  });

  it('does not compile a field the model leaves to its own resolver', async () => {
    const [read] = await translate(`{ node(id: "commune:24322") { ... on Commune {
      nom usages { actif }
    } } }`);

    expect(read).toBeNull();
  });
});
