/**
 * `npm run bench -- --scale N`: grows the seeded demo graph about N times in operators and
 * memberships, so that each query's cost can be compared with the full-scale graph.
 *
 * Every operator (named or simulated) gets N − 1 synthetic copies with the same territory,
 * services, distributions, federation and members; the copies' memberships multiply the
 * memberships by N. Synthetic communes and EPCI are added beyond the real ones, under codes no
 * real body can have: commune codes 96000–96999 (INSEE never used département 96) and nine-digit
 * numbers starting with 96 or 99 that fail the SIREN check digit. Everything written here is
 * `source: 'synthetic'` (the API shows it as `simule`). The default demo graph is untouched:
 * this runs only after it, on the bench's own database.
 */
import type { Graph } from '../server/graph/db.ts';
import {
  mergeDemoAdhesionsQuery,
  mergeDemoDistribueQuery,
  mergeDemoOpsnsQuery,
  mergeDemoProposeQuery,
} from '../seeds/graph/demo-data.ts';
import {
  mergeCommunesQuery,
  mergeEpciMembersQuery,
  mergeEpcisQuery,
} from '../seeds/graph/reference-data.ts';
import { operatorsToScale, SCALE_COPY_PREFIX, type OperatorToScale } from './graph/scale-data.ts';
import { isValidSiren } from '../server/french-codes.ts';
import { writeInBatches } from '../seeds/batches.ts';
import type { DepartementRow } from '../seeds/collectivites.ts';
import { SYNTHETIC } from '../server/graph/simulated.ts';

const MAX_SYNTHETIC_COMMUNES = 1000;
const COMMUNES_PER_EPCI = 10;

export interface ScaledRows {
  communes: Array<Record<string, unknown>>;
  epcis: Array<Record<string, unknown>>;
  epciMembers: Array<{ commune: string; epci: string }>;
  opsns: Array<{
    id: string;
    properties: Record<string, unknown>;
    federation: string | null;
    territoire: string[];
  }>;
  propose: Array<{ opsn: string; service: string; source: string }>;
  distribue: Array<{
    opsn: string;
    logiciel: string;
    mode: string;
    fournisseur: string | null;
    source: string;
  }>;
  adhesions: Array<{ collectivite: string; opsn: string; depuis: string | null; source: string }>;
}

/** Nine digits from `prefix` and `n` that are not a SIREN (the check digit is made wrong). */
export function notASiren(prefix: string, n: number): string {
  const candidate = `${prefix}${String(n).padStart(9 - prefix.length, '0')}`;
  if (!isValidSiren(candidate)) return candidate;
  const last = (Number(candidate.charAt(8)) + 1) % 10;
  return `${candidate.slice(0, 8)}${last}`;
}

const copyId = (originalId: string, copy: number) =>
  `${SCALE_COPY_PREFIX}${copy}-${originalId.slice('opsn:'.length)}`;

/**
 * The original's properties, every provenance turned synthetic, and no real identifier kept
 * (a SIREN, or the ANCT register's id, which imports match on).
 */
function copyProperties(
  original: Record<string, unknown>,
  id: string,
  copy: number,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(original)) {
    if (['siren', 'sirenSource', 'idAnct', 'idAnctSource', 'notesSimulees'].includes(key)) continue;
    properties[key] = key.endsWith('Source') && value !== null ? SYNTHETIC : value;
  }
  const nom = `${String(original.nom)} (copie simulée ${copy})`;
  return {
    ...properties,
    id,
    nom,
    sigle: original.sigle ? `${String(original.sigle)}-${copy}` : null,
    source: SYNTHETIC,
    notes: [`Copie simulée de ${String(original.id)} pour le banc d'essai ; n'existe pas.`],
  };
}

function copyOperators(operators: readonly OperatorToScale[], factor: number): ScaledRows {
  const rows: ScaledRows = {
    communes: [],
    epcis: [],
    epciMembers: [],
    opsns: [],
    propose: [],
    distribue: [],
    adhesions: [],
  };
  for (let copy = 1; copy < factor; copy += 1) {
    for (const o of operators) {
      const originalId = String(o.properties.id);
      const id = copyId(originalId, copy);
      rows.opsns.push({
        id,
        properties: copyProperties(o.properties, id, copy),
        federation: o.federations[0] ?? null,
        territoire: o.territoire,
      });
      for (const service of o.services) rows.propose.push({ opsn: id, service, source: SYNTHETIC });
      for (const d of o.distributions) rows.distribue.push({ ...d, opsn: id, source: SYNTHETIC });
      for (const m of o.members) rows.adhesions.push({ ...m, opsn: id, source: SYNTHETIC });
    }
  }
  return rows;
}

/** Synthetic communes grouped in synthetic EPCI, spread over the metropolitan départements. */
function addSyntheticCollectivites(
  rows: ScaledRows,
  departements: readonly DepartementRow[],
  communeCount: number,
): void {
  const metropolitan = departements.filter((d) => /^(\d{2}|2[AB])$/.test(d.code));
  const byDepartement = new Map<string, string[]>();
  for (let n = 0; n < communeCount; n += 1) {
    const departement = metropolitan[n % metropolitan.length] as DepartementRow;
    const code = `96${String(n).padStart(3, '0')}`;
    rows.communes.push({
      id: `commune:${code}`,
      code,
      siren: notASiren('96', n),
      nom: `Commune simulée ${code}`,
      population: 200 + ((n * 7919) % 4800),
      departement: departement.code,
      region: departement.region,
    });
    byDepartement.set(departement.code, [...(byDepartement.get(departement.code) ?? []), code]);
  }
  // Each synthetic EPCI adheres to a copy working in its département, every third of its
  // communes directly as well, so that both ways of being served occur.
  const copiesIn = new Map<string, string[]>();
  for (const o of rows.opsns) {
    for (const code of o.territoire) copiesIn.set(code, [...(copiesIn.get(code) ?? []), o.id]);
  }
  let epciNumber = 0;
  for (const [departement, codes] of byDepartement) {
    for (let start = 0; start < codes.length; start += COMMUNES_PER_EPCI) {
      const members = codes.slice(start, start + COMMUNES_PER_EPCI);
      const siren = notASiren('99', epciNumber);
      rows.epcis.push({
        id: `epci:${siren}`,
        siren,
        nom: `Communauté de communes simulée ${epciNumber + 1}`,
        nature: 'CC',
        natureInsee: 'CC',
        population: 0,
        departements: [departement],
      });
      for (const commune of members) rows.epciMembers.push({ commune, epci: siren });
      const candidates = copiesIn.get(departement) ?? [];
      const opsn = candidates[epciNumber % Math.max(1, candidates.length)];
      if (opsn) {
        rows.adhesions.push({
          collectivite: `epci:${siren}`,
          opsn,
          depuis: null,
          source: SYNTHETIC,
        });
        members
          .filter((_, i) => i % 3 === 0)
          .forEach((code) =>
            rows.adhesions.push({
              collectivite: `commune:${code}`,
              opsn,
              depuis: null,
              source: SYNTHETIC,
            }),
          );
      }
      epciNumber += 1;
    }
  }
}

/** The rows that grow a graph holding `operators` about `factor` times. Pure. */
export function buildScaledRows(
  operators: readonly OperatorToScale[],
  departements: readonly DepartementRow[],
  factor: number,
): ScaledRows {
  const rows = copyOperators(operators, factor);
  const communeCount = Math.min(MAX_SYNTHETIC_COMMUNES, 125 * (factor - 1));
  addSyntheticCollectivites(rows, departements, communeCount);
  return rows;
}

/** Reads the operators, builds the copies and writes everything in batches. */
export async function scaleGraph(
  graph: Graph,
  factor: number,
  departements: readonly DepartementRow[],
  options: { quiet?: boolean } = {},
): Promise<ScaledRows> {
  const rows = buildScaledRows(await operatorsToScale(graph), departements, factor);
  const quiet = options.quiet ?? false;
  const synthetic = { quiet, params: { source: SYNTHETIC } };
  await writeInBatches(graph, mergeCommunesQuery, rows.communes, {
    label: 'Communes simulées',
    ...synthetic,
  });
  await writeInBatches(graph, mergeEpcisQuery, rows.epcis, { label: 'EPCI simulés', ...synthetic });
  // As a first load of the collectivités writes them: composition of unknown start, no load.
  const firstLoad = { suivant: false, dateDonnees: null, chargement: null };
  await writeInBatches(graph, mergeEpciMembersQuery, rows.epciMembers, {
    label: 'Membres des EPCI simulés',
    quiet,
    params: { source: SYNTHETIC, now: new Date().toISOString(), ...firstLoad },
  });
  await writeInBatches(graph, mergeDemoOpsnsQuery, rows.opsns, {
    label: `Opérateurs copiés (×${factor})`,
    batchSize: 100,
    quiet,
  });
  await writeInBatches(graph, mergeDemoProposeQuery, rows.propose, {
    label: 'Services des copies',
    quiet,
  });
  await writeInBatches(graph, mergeDemoDistribueQuery, rows.distribue, {
    label: 'Distributions des copies',
    quiet,
  });
  await writeInBatches(graph, mergeDemoAdhesionsQuery, rows.adhesions, {
    label: 'Adhésions des copies',
    batchSize: 5000,
    quiet,
  });
  return rows;
}
