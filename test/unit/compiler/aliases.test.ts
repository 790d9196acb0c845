/** Aliases: the same field asked twice under two keys, each answered under its own key. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher, translate } from './translate.ts';

describe('aliases', () => {
  it('answers a leaf under its alias from the property of the field it names', async () => {
    const [read] = await translate(`{ node(id: "opsn:megalis") { ... on Opsn {
      nomComplet: nom court: sigle
    } } }`);

    expect(read).toEqual({ cypher: 'n {.id, .nom, .sigle}', params: {} });
  });

  it('compiles two pages of one list with their own windows, under their own keys', async () => {
    const [read] = await translate(`{ node(id: "opsn:megalis") { ... on Opsn {
      premiers: adherents(first: 2) { edges { node { nom } } }
      suivants: adherents(first: 3, after: "bzox") { totalCount }
    } } }`);

    expect(read).toEqual({
      cypher:
        cypher(`n {.id, __sel: {premiers: {total: 0, items: COLLECT { MATCH (v1:Collectivite)-[:ADHERE_A]->(n)
          WITH v1 ORDER BY v1.nom, v1.id SKIP $p2 LIMIT $p3
          RETURN CASE WHEN v1:Commune THEN v1 {.id, .nom} WHEN v1:Epci THEN v1 {.id, .nom}
            WHEN v1:Departement THEN v1 {.id, .nom} WHEN v1:Region THEN v1 {.id, .nom}
            WHEN v1:AutreOrganisme THEN v1 {.id, .nom} END }},
        suivants: {total: COUNT { MATCH (v4:Collectivite)-[:ADHERE_A]->(n) }, items: []}}}`),
      params: { p2: neo4j.int(0), p3: neo4j.int(2) },
    });
  });

  it('answers two aliases of one relationship each with the fields it asks', async () => {
    const [read] = await translate(`{ node(id: "departement:24") { ... on Departement {
      noms: operateurs { nom } sigles: operateurs { sigle }
    } } }`);

    expect(read!.cypher).toBe(
      cypher(`n {.id, __sel: {noms: COLLECT { MATCH (v1:Opsn)-[r2:INTERVIENT_DANS]->(n) WITH v1, r2 ORDER BY v1.nom, v1.id
          RETURN {node: v1 {.id, .nom}, rel: {}} },
        sigles: COLLECT { MATCH (v3:Opsn)-[r4:INTERVIENT_DANS]->(n) WITH v3, r4 ORDER BY v3.nom, v3.id
          RETURN {node: v3 {.id, .sigle}, rel: {}} }}}`),
    );
  });
});
