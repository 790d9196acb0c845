/**
 * Filters of the top-level lists: a WHERE with only the conditions present (so each index
 * serves), the values as parameters; a text goes through the names index; a white-zone filter
 * finds its operators once before the list is read.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher, translate } from './translate.ts';

const page = (limit: number) => ({ skip: neo4j.int(0), limit: neo4j.int(limit) });

describe('filters', () => {
  it('reads a list without filters from its label alone', async () => {
    const [list] = await translate('{ opsns(first: 2) { edges { node { nom } } } }');

    expect(list).toEqual({
      cypher: cypher(`CALL () { MATCH (n:Opsn) RETURN count(n) AS total }
        CALL () { MATCH (n:Opsn) WITH n ORDER BY n.nom, n.id SKIP $skip LIMIT $limit
          RETURN collect(n {.id, .nom}) AS items }
        RETURN total, items`),
      params: page(2),
    });
  });

  it('puts each present filter in the WHERE, its value as a parameter', async () => {
    const [list] = await translate(`{ communes(filter: { departement: "24", nature: CA }, first: 5,
      ordre: POPULATION) { totalCount edges { node { nom } } } }`);

    const where = `WHERE n.departement = $departement
      AND EXISTS { (n)-[:MEMBRE_DE]->(:Epci {nature: $nature}) }`;
    expect(list).toEqual({
      cypher: cypher(`CALL () { MATCH (n:Commune) ${where} RETURN count(n) AS total }
        CALL () { MATCH (n:Commune) ${where}
          WITH n ORDER BY n.population IS NULL, n.population DESC, n.id SKIP $skip LIMIT $limit
          RETURN collect(n {.id, .nom}) AS items }
        RETURN total, items`),
      params: { ...page(5), departement: '24', nature: 'CA' },
    });
  });

  it('finds the nodes of a text through the names index, then filters on the label', async () => {
    const [list] =
      await translate(`{ opsns(filter: { texte: "mégalis", membreDeclic: true }, first: 3) {
      edges { node { nom } } } }`);

    const source = `CALL db.index.fulltext.queryNodes('nom_recherche', $lucene, {limit: 100000})
      YIELD node AS n WITH n WHERE n:Opsn AND n.membreDeclic = $membreDeclic`;
    expect(list!.cypher).toBe(
      cypher(`CALL () { ${source} RETURN count(n) AS total }
        CALL () { ${source} WITH n ORDER BY n.nom, n.id SKIP $skip LIMIT $limit
          RETURN collect(n {.id, .nom}) AS items }
        RETURN total, items`),
    );
    expect(list!.params).toMatchObject({ ...page(3), membreDeclic: true });
    expect(list!.params.lucene).toEqual(expect.stringContaining('megalis'));
  });

  it('finds the operators offering a service once, before the white zones are listed', async () => {
    const [list] = await translate(`{ communes(filter: { nonServiesPar: "service:dpd" },
      first: 1) { totalCount } }`);

    expect(list).toEqual({
      cypher: cypher(`CALL () { MATCH (:Service {id: $nonServiesParService})<-[:PROPOSE]-(o:Opsn)
          RETURN collect(o) AS offering }
        CALL (offering) { MATCH (n:Commune)
          WHERE NOT EXISTS { (n)-[:SERVI_PAR]->(o:Opsn) WHERE o IN offering }
          RETURN count(n) AS total }
        CALL (offering) { MATCH (n:Commune)
          WHERE NOT EXISTS { (n)-[:SERVI_PAR]->(o:Opsn) WHERE o IN offering }
          WITH n ORDER BY n.nom, n.id SKIP $skip LIMIT $limit
          RETURN collect(n {.id}) AS items }
        RETURN total, items`),
      params: { ...page(1), nonServiesParService: 'service:dpd' },
    });
  });
});
