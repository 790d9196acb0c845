/**
 * The real operators of the ANCT register's sample (seeds/reference/registre-anct/), as the
 * operators' import resolves them in a freshly seeded graph: the same parsing, the same
 * matching (register id, SIREN, then name or acronym) and the same ids, through the import's
 * own functions. The seed loads the file through that import (seeds/load-register.ts); the
 * demo generator reads this list to know, before writing anything, which real operators it
 * simulates memberships for, and under which id.
 */
import { readFileSync } from 'node:fs';
import type { Collectivites } from '../collectivites.ts';
import { readCsv } from '../../server/import/csv.ts';
import { DECLIC_ADMINISTRATION } from '../../server/auth/writer-organisation.ts';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import { parseFile } from '../../server/import/parse-file.ts';
import {
  operateursJob,
  resolveOperateurRows,
  type RegisterStatus,
} from '../../server/import/open-data/operateurs.ts';
import type { OperatorState } from '../../server/graph/open-data-imports.ts';
import { PARTENAIRES, type OpsnSeed } from '../study-actors.ts';

export const REGISTER_SAMPLE_URL = new URL(
  '../reference/registre-anct/st-operateurs-echantillon.csv',
  import.meta.url,
);

/** The provenance the import writes on the sample's operators (the seed imports as Déclic). */
export const REGISTER_SAMPLE_SOURCE = importSourceOfBytes(
  DECLIC_ADMINISTRATION,
  readFileSync(REGISTER_SAMPLE_URL),
);

/** An operator of the register as the graph holds it after the import. */
export interface RegisterOperator {
  id: string;
  nom: string;
  siren: string | null;
  statut: RegisterStatus | null;
  departements: string[];
  /** The study's named operator the row was matched to, null for an operator it created. */
  named: string | null;
  source: string;
}

const namedState = (o: OpsnSeed): OperatorState => ({
  id: `opsn:${o.key}`,
  nom: o.nom,
  sigle: o.sigle,
  siren: o.siren?.value ?? null,
  idAnct: null,
  statut: null,
  siteWeb: null,
  departements: [...o.territoire.value],
  services: [],
});

/**
 * The sample's operators that the import keeps (refused and ignored rows left out, as the
 * import leaves them out), resolved against the study's named operators, the institutional
 * partners and the real départements.
 */
export function registerOperators(
  collectivites: Collectivites,
  named: readonly OpsnSeed[],
  content: Buffer | string = readFileSync(REGISTER_SAMPLE_URL),
): RegisterOperator[] {
  const parsed = parseFile(readCsv(content), operateursJob);
  const resolution = resolveOperateurRows(parsed.rows, {
    operators: named.map(namedState),
    partners: new Set(PARTENAIRES.map((p) => `partenaire:${p.key}`)),
    departements: new Set(collectivites.departements.map((d) => d.code)),
    services: new Map(),
  });
  return resolution.rows.map(({ row }) => ({
    id: row.id,
    nom: row.nom,
    siren: row.siren,
    statut: row.statut,
    departements: row.departements,
    named: row.existing?.id ?? null,
    source: REGISTER_SAMPLE_SOURCE,
  }));
}
