/**
 * The register's services are offered services where a reader looks for them: a register
 * service covers a Maillage service when its type says so plainly (`COUVRE`), and an operator
 * offering it offers that Maillage service (`PROPOSE`, with the register's provenance), which
 * the published `services-proposes` dataset reads; a simulated offer the register confirms
 * becomes real; reloading changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOpenDataFile } from '../../server/import/published/import-file.ts';
import { Graph } from '../../server/graph/db.ts';
import { publishedServiceOffersQuery } from '../../server/graph/publication.ts';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import { openScratchGraph } from '../support/databases.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'open-data');
const SERVICES = join(FIXTURES, 'st-services-echantillon.csv');
const OPERATORS = join(FIXTURES, 'st-operateurs-echantillon.csv');

/** Every département, Mégalis with a simulated offer of the relation with the public, four métiers. */
const GRAPH = `
  UNWIND [c IN range(1, 95) WHERE c <> 20 | right('0' + toString(c), 2)] + ['2A', '2B'] AS code
  CREATE (:Departement {id: 'departement:' + code, code: code, nom: 'Département ' + code, source: 'test'})
  WITH count(*) AS done
  CREATE (m:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', siren: '253514491', source: 'test'})
  CREATE (:Partenaire {id: 'partenaire:anct', nom: 'ANCT – Mission Société Numérique', source: 'test'})
  CREATE (:Service {id: 'service:cybersecurite', nom: 'Cybersécurité', famille: 'Sécurité', source: 'test'})
  CREATE (:Service {id: 'service:outils-collaboratifs', nom: 'Outils collaboratifs', famille: 'Collaboration', source: 'test'})
  CREATE (gru:Service {id: 'service:gru', nom: 'Gestion de la relation usager', famille: 'Usager', source: 'test'})
  CREATE (:Service {id: 'service:sig', nom: "Système d'information géographique", famille: 'Données', source: 'test'})
  CREATE (m)-[:PROPOSE {source: 'synthetic'}]->(gru)
`;

const scratch = openScratchGraph();
const graph = new Graph(scratch.driver, 'neo4j');
const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

beforeAll(async () => {
  await scratch.wipe();
  await scratch.run(GRAPH);
});
afterAll(async () => {
  await scratch.wipe();
  await scratch.close();
});

async function rows<T>(cypher: string): Promise<T[]> {
  const { records } = await scratch.driver.executeQuery(cypher, {}, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

describe("the register's services as offered services", () => {
  it('makes each operator offer the métiers its register services cover', async () => {
    expect(
      (await importOpenDataFile(graph, { type: 'services', path: SERVICES, author: AUTHOR }))
        .committed,
    ).toBe(true);
    const covers = await rows<{ l: string; s: string }>(
      `MATCH (l:Logiciel)-[:COUVRE]->(s:Service) RETURN l.id AS l, s.id AS s ORDER BY l, s`,
    );
    expect(covers).toEqual([
      { l: 'logiciel:anct-1', s: 'service:sig' },
      { l: 'logiciel:anct-12', s: 'service:outils-collaboratifs' },
      { l: 'logiciel:anct-2', s: 'service:outils-collaboratifs' },
      { l: 'logiciel:anct-47', s: 'service:cybersecurite' },
      { l: 'logiciel:anct-48', s: 'service:cybersecurite' },
      { l: 'logiciel:anct-49', s: 'service:gru' },
      { l: 'logiciel:anct-9', s: 'service:outils-collaboratifs' },
      { l: 'logiciel:anct-98', s: 'service:outils-collaboratifs' },
      { l: 'logiciel:anct-99', s: 'service:outils-collaboratifs' },
    ]);

    const report = await importOpenDataFile(graph, {
      type: 'operateurs',
      path: OPERATORS,
      author: AUTHOR,
    });
    expect(report.refusedCount).toBe(0);
    const source = importSourceOfBytes('declic', readFileSync(OPERATORS));
    // Mégalis offers Messages (2), Espace sur Demande (3), RDV Service Public (49) and
    // ProConnect (63): collaborative tools and the relation with the public; its simulated
    // offer of the latter is now the register's.
    const offers = await rows<{ s: string; source: string }>(
      `MATCH (:Opsn {id: 'opsn:megalis'})-[r:PROPOSE]->(s:Service)
       RETURN s.id AS s, r.source AS source ORDER BY s`,
    );
    expect(offers).toEqual([
      { s: 'service:gru', source },
      { s: 'service:outils-collaboratifs', source },
    ]);

    // The published offers (services-proposes) read them.
    const published = await graph.read<{
      operateur_id: string;
      service_id: string;
      source: string;
    }>(publishedServiceOffersQuery);
    expect(
      published
        .filter((row) => row.operateur_id === 'opsn:megalis')
        .map((row) => [row.service_id, row.source]),
    ).toEqual([
      ['service:gru', source],
      ['service:outils-collaboratifs', source],
    ]);

    // Loaded again, nothing changes.
    expect(
      (await importOpenDataFile(graph, { type: 'services', path: SERVICES, author: AUTHOR }))
        .committed,
    ).toBe(false);
    expect(
      (await importOpenDataFile(graph, { type: 'operateurs', path: OPERATORS, author: AUTHOR }))
        .committed,
    ).toBe(false);
  });
});
