/**
 * Loads the ANCT register's sample (seeds/reference/registre-anct/) through the operators'
 * import, exactly as `npm run import -- st-operateurs-echantillon.csv --type operateurs`:
 * the import's rules decide (a malformed SIRET reported and the operator matched by name, the
 * ANCT left out as an institutional partner), the provenance is the file, the write is
 * journaled, and loading it again changes nothing.
 */
import { fileURLToPath } from 'node:url';
import type { Graph } from '../server/graph/db.ts';
import type { ImportReport } from '../server/import/types.ts';
import { formatOpenDataReport, importOpenDataFile } from './open-data/import-file.ts';
import { REGISTER_SAMPLE_URL } from './demo/register.ts';

/** Who loads the sample: the command-line seed (Déclic's administration in the provenance). */
const SEED_AUTHOR = { subject: 'cli:seed', role: 'cli' } as const;

export async function loadRegisterSample(
  graph: Graph,
  options: { quiet?: boolean } = {},
): Promise<ImportReport> {
  const report = await importOpenDataFile(graph, {
    type: 'operateurs',
    path: fileURLToPath(REGISTER_SAMPLE_URL),
    author: SEED_AUTHOR,
  });
  if (report.refusedCount > 0) {
    throw new Error(
      "L'échantillon du registre de l'ANCT n'a pas pu être chargé / the ANCT register's " +
        `sample could not be loaded:\n${formatOpenDataReport(report)}`,
    );
  }
  if (!options.quiet) process.stderr.write(`${formatOpenDataReport(report)}\n`);
  return report;
}
