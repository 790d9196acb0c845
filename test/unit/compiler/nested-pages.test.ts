/** Pages below a node and pages inside pages: each with its window, its count only when asked. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cursorFor } from '../../../server/input/pages.ts';
import { cypher, translate } from './translate.ts';

describe('nested pages', () => {
  it('orders, skips and limits a child list before projecting it, its window as parameters', async () => {
    const [read] = await translate(`{ node(id: "epci:200040392") { ... on Epci {
      membres(first: 5, after: "${cursorFor(9)}") { totalCount edges { cursor node { nom population } } }
    } } }`);

    expect(read).toEqual({
      cypher:
        cypher(`n {.id, __sel: {membres: {total: COUNT { MATCH (v1:Commune)-[:MEMBRE_DE]->(n) },
        items: COLLECT { MATCH (v1:Commune)-[:MEMBRE_DE]->(n)
          WITH v1 ORDER BY v1.nom, v1.id SKIP $p2 LIMIT $p3
          RETURN v1 {.id, .nom, .population} }}}}`),
      // After the 10th element.
      params: { p2: neo4j.int(10), p3: neo4j.int(5) },
    });
  });

  it('counts without collecting when only the total is asked', async () => {
    const [read] = await translate(`{ node(id: "departement:24") { ... on Departement {
      communes { totalCount }
    } } }`);

    expect(read).toEqual({
      cypher: cypher(
        `n {.id, __sel: {communes: {total: COUNT { MATCH (v1:Commune)-[:SITUE_DANS]->(n) }, items: []}}}`,
      ),
      params: {},
    });
  });

  it('nests a page in the nodes of a page of a top-level list', async () => {
    const [list] = await translate(`{ epcis(first: 2) { edges { node {
      nom membres(first: 3) { totalCount edges { node { nom } } }
    } } } }`);

    expect(list).toEqual({
      cypher: cypher(`CALL () { MATCH (n:Epci) RETURN count(n) AS total }
        CALL () { MATCH (n:Epci) WITH n ORDER BY n.nom, n.id SKIP $skip LIMIT $limit
          RETURN collect(n {.id, .nom, __sel: {membres: {total: COUNT { MATCH (v1:Commune)-[:MEMBRE_DE]->(n) },
            items: COLLECT { MATCH (v1:Commune)-[:MEMBRE_DE]->(n)
              WITH v1 ORDER BY v1.nom, v1.id SKIP $p2 LIMIT $p3
              RETURN v1 {.id, .nom} }}}}) AS items }
        RETURN total, items`),
      params: { p2: neo4j.int(0), p3: neo4j.int(3), skip: neo4j.int(0), limit: neo4j.int(2) },
    });
  });

  it('nests a page inside a page, each with fresh variables and parameters', async () => {
    const [read] = await translate(`{ node(id: "departement:24") { ... on Departement {
      communes(first: 2) { edges { node { epci { membres(first: 4) { totalCount } } } } }
    } } }`);

    expect(read).toEqual({
      cypher: cypher(`n {.id, __sel: {communes: {total: 0, items: COLLECT {
        MATCH (v1:Commune)-[:SITUE_DANS]->(n)
        WITH v1 ORDER BY v1.nom, v1.id SKIP $p2 LIMIT $p3
        RETURN v1 {.id, __sel: {epci: COLLECT {
          MATCH (v1)-[r5:MEMBRE_DE]->(v4:Epci) WITH v4, r5 ORDER BY v4.id
          RETURN {node: v4 {.id, __sel: {membres: {total: COUNT { MATCH (v6:Commune)-[:MEMBRE_DE]->(v4) }, items: []}}}, rel: {}} }}} }}}}`),
      params: { p2: neo4j.int(0), p3: neo4j.int(2) },
    });
  });

  it('leaves a page whose window the API refuses to its resolver (the error at its own path)', async () => {
    const [read] = await translate(`{ node(id: "epci:200040392") { ... on Epci {
      membres(first: 100000) { totalCount }
    } } }`);

    expect(read).toBeNull();
  });
});
