/**
 * Nothing the demo invented reaches the open data (issue 20): the ANCT register's files
 * (services, operators, adherents) and a BANATIC export loaded over the whole demo graph, the
 * open data published, and every published cell traced back to what was loaded — the files of
 * this test, the study's sourced facts (seeds/study-actors.ts) or the real collectivités
 * (@etalab/decoupage-administratif). A cell that only the demo could have written fails.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import type { OpenDataType } from '../../server/import/types.ts';
import { DATASETS } from '../../server/publication/datasets.ts';
import { publishTo } from '../../server/publication/generate.ts';
import { importOpenDataFile } from '../../seeds/open-data/import-file.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { REAL_ORGANISMES, REAL_REGIONS } from '../../seeds/demo/organismes.ts';
import { OPERATEURS } from '../../seeds/study-actors.ts';
import { openScratchGraph } from '../support/databases.ts';
import { adherentsCsv, banaticWorkbook, fileIn } from '../support/open-data-files.ts';

type Row = Record<string, unknown>;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'open-data');
const SERVICES_SAMPLE = join(FIXTURES, 'st-services-echantillon.csv');
const OPERATORS_SAMPLE = join(FIXTURES, 'st-operateurs-echantillon.csv');
const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';
const GIRONDE_UUID = '23f7a1ac-ac97-4574-a8fa-b11903864cd2';
const ADICA_UUID = '047fcfa1-9276-4668-a15d-a7bb38b7786f';
const MEGALIS_SIREN = '253514491';
/** A valid SIREN no collectivité bears: BANATIC names it, the import creates a body for it. */
const UNKNOWN_BODY_SIREN = '263500068';

const communes = createRequire(import.meta.url)(
  '@etalab/decoupage-administratif/data/communes.json',
) as Array<{ code: string; nom: string; type: string; siren?: string }>;
const communeByCode = new Map(
  communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]),
);

/** The register's operators file, as the test reads it: uuid → its row. */
const registerRows = (() => {
  const [header, ...lines] = readFileSync(OPERATORS_SAMPLE, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(';');
  return new Map(
    lines.map((line) => {
      const values = line.split(';');
      const row = Object.fromEntries(columns.map((c, i) => [c, values[i] ?? '']));
      return [row.id!, row];
    }),
  );
})();

const scratch = openScratchGraph();
const work = mkdtempSync(join(tmpdir(), 'maillage-published-cells-'));
const published: Record<string, Row[]> = {};
/** Each loaded file's provenance, and what it asserts. */
const loaded = {
  sources: new Set<string>(),
  /** operator id → collectivité ids the adherents and BANATIC files make its members */
  members: new Map<string, Set<string>>(),
};
let seededAt = '';
/** Operator id → its row in the register's operators file. */
const registerRowOf = new Map<string, Record<string, string>>();

async function rows<T = Row>(cypher: string, params: Row = {}): Promise<T[]> {
  const { records } = await scratch.driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

async function load(type: OpenDataType, path: string): Promise<void> {
  const report = await importOpenDataFile(scratch.graph, {
    type,
    path,
    author: { subject: 'test:admin', role: 'admin' },
    dryRun: false,
  });
  expect(report.refusedCount).toBe(0);
  loaded.sources.add(importSourceOfBytes('declic', readFileSync(path)));
}

const assert = (operator: string, collectivite: string) =>
  loaded.members.set(operator, (loaded.members.get(operator) ?? new Set()).add(collectivite));

beforeAll(async () => {
  await scratch.wipe();
  seededAt = new Date().toISOString();
  await seedDatabase(scratch.graph, { quiet: true });

  // Mégalis: three members the demo simulates (the files take them over) and two it does not.
  const simulated = await rows<{ id: string; siren: string }>(
    `MATCH (c:Commune)-[r:ADHERE_A]->(:Opsn {id: 'opsn:megalis'}) WHERE r.source = 'synthetic'
     RETURN c.id AS id, c.siren AS siren ORDER BY c.id LIMIT 3`,
  );
  const fresh = await rows<{ id: string; siren: string }>(
    `MATCH (c:Commune) WHERE c.departement IN ['22', '29', '35', '56', '44', '50', '53']
     AND NOT EXISTS { (c)-[:ADHERE_A]->(:Opsn {id: 'opsn:megalis'}) }
     RETURN c.id AS id, c.siren AS siren ORDER BY c.id LIMIT 2`,
  );
  const bordelais = await rows<{ id: string; siren: string }>(
    `MATCH (c:Commune {departement: '33'}) RETURN c.id AS id, c.siren AS siren ORDER BY c.id LIMIT 2`,
  );
  const oise = await rows<{ id: string; siren: string }>(
    `MATCH (c:Commune {departement: '60'}) RETURN c.id AS id, c.siren AS siren ORDER BY c.id LIMIT 1`,
  );
  expect([simulated.length, fresh.length, bordelais.length, oise.length]).toEqual([3, 2, 2, 1]);
  const [registerOperators] = await rows<{ megalis: string; gironde: string; adica: string }>(
    `MATCH (m:Opsn {idAnct: $megalis}), (g:Opsn {idAnct: $gironde}), (a:Opsn {idAnct: $adica})
     RETURN m.id AS megalis, g.id AS gironde, a.id AS adica`,
    { megalis: MEGALIS_UUID, gironde: GIRONDE_UUID, adica: ADICA_UUID },
  );
  const ids = registerOperators!;

  await load('services', SERVICES_SAMPLE);
  await load('operateurs', OPERATORS_SAMPLE);
  const adherents = [
    ...[...simulated, fresh[0]!].map((c) => [c, MEGALIS_UUID, ids.megalis] as const),
    ...bordelais.map((c) => [c, GIRONDE_UUID, ids.gironde] as const),
    ...oise.map((c) => [c, ADICA_UUID, ids.adica] as const),
  ];
  for (const [c, , operator] of adherents) assert(operator, c.id);
  await load(
    'adherents',
    fileIn(
      work,
      'adherents.csv.gz',
      adherentsCsv(adherents.map(([c, uuid]) => `${c.siren}00017;${uuid}`)),
    ),
  );
  // BANATIC confirms one member of the register, adds another and an unknown body.
  const banatic = await banaticWorkbook(work, 'banatic.xlsx', [
    [MEGALIS_SIREN, 'Mégalis Bretagne', 'SMO', simulated[0]!.siren, 'Membre', 'Commune'],
    [MEGALIS_SIREN, 'Mégalis Bretagne', 'SMO', fresh[1]!.siren, 'Membre', 'Commune'],
    [MEGALIS_SIREN, 'Mégalis Bretagne', 'SMO', UNKNOWN_BODY_SIREN, 'CCAS de Test', 'Autre'],
  ]);
  await load('banatic', banatic);
  assert(ids.megalis, simulated[0]!.id);
  assert(ids.megalis, fresh[1]!.id);
  assert(ids.megalis, `organisme:siren-${UNKNOWN_BODY_SIREN}`);

  for (const { id, idAnct } of await rows<{ id: string; idAnct: string }>(
    `MATCH (o:Opsn) WHERE o.idAnct IS NOT NULL RETURN o.id AS id, o.idAnct AS idAnct`,
  )) {
    const row = registerRows.get(idAnct);
    if (row) registerRowOf.set(id, row);
  }
  const dir = join(work, 'donnees');
  await publishTo(scratch.graph, dir);
  for (const { name } of DATASETS) {
    published[name] = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Row[];
  }
}, 900_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await scratch.wipe();
  await scratch.close();
});

/** The study's operator of this id, if any. */
const studyOperator = (id: unknown) => OPERATEURS.find((o) => `opsn:${o.key}` === id);

/** True when the study names `row`'s collectivité as a member of its operator, with this source. */
function studyMember(row: Row): boolean {
  const operator = studyOperator(row.operateur_id);
  return (operator?.membresConnus ?? []).some(
    (m) =>
      m.source === row.source &&
      (m.code === undefined
        ? m.nom === row.collectivite_nom ||
          REAL_ORGANISMES[m.nom]?.id === row.collectivite_id ||
          `region:${REAL_REGIONS[m.nom]}` === row.collectivite_id
        : m.code === row.collectivite_code_insee),
  );
}

const isLoadedSource = (source: unknown) => loaded.sources.has(String(source));
const isSourcedFact = (source: unknown) =>
  typeof source === 'string' && (source === 'etude-declic-2020' || source.startsWith('public:'));

describe('the open data after the real registers are loaded over the demo graph', () => {
  it('publishes every file', () => {
    expect(Object.keys(published).sort()).toEqual([
      'adhesions',
      'collectivites-servies',
      'distributions',
      'operateurs',
      'services-proposes',
      'usages',
    ]);
  });

  it('adhesions: each row is a file’s or the study’s, with no invented date', () => {
    const rowsOf = published.adhesions!;
    expect(rowsOf.length).toBeGreaterThan(0);
    for (const row of rowsOf) {
      const fromFiles = loaded.members
        .get(String(row.operateur_id))
        ?.has(String(row.collectivite_id));
      if (fromFiles) {
        expect(isLoadedSource(row.source), JSON.stringify(row)).toBe(true);
        expect(row.depuis, JSON.stringify(row)).toBeNull();
      } else {
        expect(studyMember(row), JSON.stringify(row)).toBe(true);
      }
      // Written by this test's loads or the seed, never dated by the demo.
      if (row.date_modification !== null) {
        expect(String(row.date_modification) >= seededAt, JSON.stringify(row)).toBe(true);
      }
      if (row.collectivite_type === 'commune') {
        expect(row.collectivite_nom).toBe(
          communeByCode.get(String(row.collectivite_code_insee))?.nom,
        );
      }
    }
    // And every membership the files assert is published.
    for (const [operator, members] of loaded.members) {
      const publishedMembers = new Set(
        rowsOf.filter((r) => r.operateur_id === operator).map((r) => r.collectivite_id),
      );
      for (const member of members) expect(publishedMembers.has(member), member).toBe(true);
    }
  });

  it('collectivités servies: each row rests on a published membership and carries its source', () => {
    const memberships = new Map(
      published.adhesions!.map((r) => [`${r.operateur_id}>${r.collectivite_id}`, r.source]),
    );
    const epciIdBySiren = (siren: unknown) => `epci:${String(siren)}`;
    for (const row of published['collectivites-servies']!) {
      const through = row.directe
        ? `${row.operateur_id}>${row.collectivite_id}`
        : `${row.operateur_id}>${epciIdBySiren(row.via_epci_siren)}`;
      expect(memberships.has(through), JSON.stringify(row)).toBe(true);
      expect(row.source).toBe(memberships.get(through));
    }
  });

  it('operateurs: each fact is the study’s, the register’s, or empty; Déclic membership never guessed', () => {
    for (const row of published.operateurs!) {
      const study = studyOperator(row.operateur_id);
      const register = registerRowOf.get(String(row.operateur_id));
      const facts: Array<[string, string]> = [
        ['forme_juridique', 'formeJuridique'],
        ['departement_siege', 'departementSiege'],
        ['annee_creation', 'anneeCreation'],
        ['agents', 'agents'],
        ['budget_k_euro', 'budgetKEuro'],
        ['adherents_declares', 'adherentsDeclares'],
        ['population_declaree', 'populationDeclaree'],
      ];
      for (const [column, field] of facts) {
        const fact = study?.[field as keyof typeof study] as { value: unknown } | null | undefined;
        expect(row[column] ?? null, `${String(row.operateur_id)} ${column}`).toEqual(
          fact?.value ?? null,
        );
      }
      if (row.siren !== null) {
        const sirens = [study?.siren?.value, register?.siret?.slice(0, 9)];
        expect(sirens, String(row.operateur_id)).toContain(row.siren);
      }
      // The study names Déclic's members; nobody else says who is not one.
      expect(row.membre_declic ?? null, String(row.operateur_id)).toBe(study ? true : null);
      if (row.statut_registre !== null) expect(row.statut_registre).toBe(register?.statut);
      if (row.site_web !== null) {
        expect([register?.url, register?.url?.replace(/\/$/, '')]).toContain(row.site_web);
      }
      const territory = new Set([
        ...(study?.territoire.value ?? []),
        ...(register?.departements ? register.departements.split(',') : []),
      ]);
      for (const code of String(row.departements_intervention ?? '')
        .split(' ; ')
        .filter(Boolean)) {
        expect(territory.has(code), `${String(row.operateur_id)} ${code}`).toBe(true);
      }
      expect(isLoadedSource(row.source) || isSourcedFact(row.source), String(row.source)).toBe(
        true,
      );
    }
  });

  it('services, distributions and usages: only what a loaded file or the study says', () => {
    for (const name of ['services-proposes', 'distributions', 'usages']) {
      for (const row of published[name]!) {
        expect(isLoadedSource(row.source) || isSourcedFact(row.source), JSON.stringify(row)).toBe(
          true,
        );
      }
    }
    // The register's distributions are those its operators file lists.
    for (const row of published.distributions!.filter((r) => isLoadedSource(r.source))) {
      const register = registerRowOf.get(String(row.operateur_id));
      const listed = (register?.services ?? '').split(',').map((s) => `logiciel:anct-${s}`);
      expect(listed, JSON.stringify(row)).toContain(row.logiciel_id);
    }
  });
});
