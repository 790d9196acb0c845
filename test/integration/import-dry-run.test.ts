/**
 * The dry run of a whole set of published files (`npm run donnees-ouvertes -- --dry-run`):
 * the files are planned together, each on what the previous ones would write — the adherents
 * of operators that the operators file would create are found, BANATIC's groupings of those
 * operators are read — every file is checked and reported, and nothing is written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadOpenData } from '../../seeds/open-data/load.ts';
import { PUBLISHED_RESOURCES } from '../../seeds/open-data/resources.ts';
import { currentRevision } from '../../server/graph/revision.ts';
import { spawnCommandOnScratch, useScratchRedrawnEachTest } from '../support/databases.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'open-data');
const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';

/** Every département, the ANCT as a partner, three communes; no operator yet. */
const GRAPH = `
  UNWIND [c IN range(1, 95) WHERE c <> 20 | right('0' + toString(c), 2)] + ['2A', '2B'] AS code
  CREATE (:Departement {id: 'departement:' + code, code: code, nom: 'Département ' + code, source: 'test'})
  WITH count(*) AS done
  CREATE (:Partenaire {id: 'partenaire:anct', nom: 'ANCT – Mission Société Numérique', nature: 'État', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', source: 'test'})
`;

const { scratch, graph, folder: work } = useScratchRedrawnEachTest(GRAPH, 'maillage-dry-run-');

const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

async function banaticWorkbook(members: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow(['N° SIREN', 'Nom du groupement', 'Siren membre', 'Nom membre']);
  for (const member of members) sheet.addRow(member);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A folder of files fetched by hand, named as a person would (not the cache's names). */
async function folder(name: string, usages: string): Promise<string> {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const files: Record<string, Buffer> = {
    'export-services.csv': readFileSync(join(FIXTURES, 'st-services-echantillon.csv')),
    'export-operateurs.csv': readFileSync(join(FIXTURES, 'st-operateurs-echantillon.csv')),
    'export-adherents.csv.gz': gzipSync(
      `organisation_siret;operateur_id\n21350238800018;${MEGALIS_UUID}\n`,
    ),
    'export-usages.csv.gz': gzipSync(usages),
    'export-banatic.xlsx': await banaticWorkbook([
      [253514491, 'Mégalis Bretagne', 212900195, 'Brest'],
    ]),
  };
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

async function counts(): Promise<{ nodes: number; links: number }> {
  const { records } = await scratch.driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:Revision RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
     RETURN nodes, links`,
    {},
    { database: 'neo4j' },
  );
  return records[0]!.toObject() as { nodes: number; links: number };
}

const dryRun = (offlineDir: string) =>
  loadOpenData(graph, {
    resources: PUBLISHED_RESOURCES,
    cacheDir: join(work, 'unused'),
    offlineDir,
    dryRun: true,
    author: AUTHOR,
  });

describe('the dry run of a whole set', () => {
  it('plans every file on what the previous ones would write, and writes nothing', async () => {
    const dir = await folder('set', 'siret;service;active\n21350238800018;47;1\n');
    const before = await counts();
    const revision = await currentRevision(graph);

    const loaded = await dryRun(dir);
    expect(
      loaded.map(({ report }) => [
        report.type,
        report.fileName,
        report.refusedCount,
        report.created,
        report.dryRun,
        report.committed,
      ]),
    ).toEqual([
      ['services', 'export-services.csv', 0, 28, true, false],
      ['operateurs', 'export-operateurs.csv', 0, 28, true, false],
      // Mégalis is not in the graph: the operators file would create it.
      ['adherents', 'export-adherents.csv.gz', 0, 1, true, false],
      ['usages', 'export-usages.csv.gz', 0, 1, true, false],
      // Its grouping is read because the operators file would give Mégalis its SIREN.
      ['banatic', 'export-banatic.xlsx', 0, 1, true, false],
    ]);
    expect(loaded[2]!.report.attested).toBe(1);
    expect(loaded[4]!.report.skippedRows).toBe(0);

    expect(await counts()).toEqual(before);
    expect(await currentRevision(graph)).toBe(revision);
    const journal = await scratch.driver.executeQuery(
      'MATCH (m:Modification) RETURN count(m) AS n',
      {},
      { database: 'neo4j' },
    );
    expect(journal.records[0]!.get('n')).toBe(0);
  });

  it('checks and reports every file, also after one is refused', async () => {
    const dir = await folder(
      'refused',
      'siret;service;active\n21350238800018;47;1\n21290019500014;9999;1\n',
    );
    const before = await counts();
    const loaded = await dryRun(dir);
    expect(loaded.map(({ report }) => [report.type, report.refusedCount])).toEqual([
      ['services', 0],
      ['operateurs', 0],
      ['adherents', 0],
      ['usages', 1],
      ['banatic', 0],
    ]);
    expect(loaded[3]!.report.refused).toEqual([
      { line: 3, reason: expect.stringContaining('service 9999 absent du graphe') },
    ]);
    expect(loaded[4]!.report.created).toBe(1);
    expect(await counts()).toEqual(before);
  });
});

describe('npm run import with several files', () => {
  /** The command on the scratch database; its exit code and output. */
  function runCli(...args: string[]): Promise<{ code: number | null; stdout: string }> {
    const child = spawnCommandOnScratch('cli/import.ts', args);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout })));
  }

  it('dry-runs them together: the adherents of operators the first file would create are found', async () => {
    const dir = await folder('cli', 'siret;service;active\n');
    const before = await counts();
    const { code, stdout } = await runCli(
      join(dir, 'export-operateurs.csv'),
      join(dir, 'export-adherents.csv.gz'),
      '--type',
      'operateurs',
      '--type',
      'adherents',
      '--dry-run',
      '--json',
    );
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as { type: string; refusedCount: number; created: number }[];
    expect(reports.map((r) => [r.type, r.refusedCount, r.created])).toEqual([
      ['operateurs', 0, 28],
      ['adherents', 0, 1],
    ]);
    expect(await counts()).toEqual(before);
  });
});
