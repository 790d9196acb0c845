/**
 * The lines of the Chevauchements export, the columns of the page's table (ChevauchementsPage):
 * the collectivité, its type, code, département, how many operators serve it and which (by
 * name: a simulated operator's code such as SIM-62 means nothing to a reader), then what the
 * line rests on — `source`, the distinct provenances of the collectivité, of each operator and
 * of each membership it is served through, and `simule`, `oui` when any of them is simulated.
 */
import type { OverlapExportRow } from '../graph/overlap-export.ts';
import { isSimulatedSource } from '../graph/simulated.ts';
import { spreadsheetLine, type SpreadsheetValue } from './spreadsheet-csv.ts';

export const OVERLAP_EXPORT_HEADER = [
  'Collectivité',
  'Type',
  'Code INSEE / SIREN',
  'Département',
  'Opérateurs',
  'Lesquels',
  'source',
  'simule',
] as const;

const TYPE_LABELS: Record<OverlapExportRow['kind'], string> = {
  Commune: 'Commune',
  Epci: 'EPCI',
  Departement: 'Département',
  Region: 'Région',
  AutreOrganisme: 'Autre organisme',
};

/** A sigle that is a code of the demo graph (SIM-62, SIM-R52), not a name. */
const CODE_LIKE = /^[A-Z]{1,6}-[A-Z]?\d+$/;

/** An operator's sigle when it is a name, else its full name (as the client names it). */
export function operatorName(opsn: { nom: string; sigle: string | null }): string {
  const sigle = opsn.sigle?.trim();
  return sigle && !CODE_LIKE.test(sigle) ? sigle : opsn.nom;
}

function typeOf(row: OverlapExportRow): string {
  if (row.kind === 'Epci' && row.nature) return `EPCI (${row.nature})`;
  if (row.kind === 'AutreOrganisme' && row.nature) return row.nature;
  return TYPE_LABELS[row.kind] ?? row.kind;
}

/** INSEE code of a commune, SIREN of an EPCI or another organisation, code of a territory. */
function codeOf(row: OverlapExportRow): string {
  if (row.kind === 'Epci') return row.siren ?? '';
  return row.code ?? row.siren ?? '';
}

function departementOf(row: OverlapExportRow): string {
  if (row.kind === 'Departement') return row.code ?? '';
  return row.departement ?? '';
}

/** The provenances the line rests on, in order, each once; simulated when any of them is. */
function provenanceOf(row: OverlapExportRow): { source: string; simule: boolean } {
  const sources = [
    row.source,
    ...row.operators.flatMap((o) => [o.source, o.sourceAdhesion]),
  ].filter((s): s is string => Boolean(s));
  return {
    source: [...new Set(sources)].join(' + '),
    simule: sources.some(isSimulatedSource),
  };
}

export function overlapExportValues(row: OverlapExportRow): SpreadsheetValue[] {
  const { source, simule } = provenanceOf(row);
  return [
    row.nom,
    typeOf(row),
    codeOf(row),
    departementOf(row),
    row.operators.length,
    row.operators.map(operatorName).join(', '),
    source,
    simule,
  ];
}

export const overlapExportLine = (row: OverlapExportRow) =>
  spreadsheetLine(overlapExportValues(row));
