/**
 * The ANCT register's services (« Suite territoriale », services resource): each becomes a
 * `Logiciel` `logiciel:anct-<id>`, found again by its number, with its editor when the
 * register tells it: services of type `anssi` are the national cybersecurity agency's,
 * ProConnect the State's identity federation (DINUM), and a service served from
 * `*.anct.gouv.fr` the ANCT's. Other services keep no editor rather than a guessed one.
 */
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked, checkedText, required } from '../fields.ts';
import { duplicateFinder, emptyPlan, type Lined, type Plan, type Resolution } from '../job.ts';
import { bilingual } from '../problems.ts';
import type { OpenDataJob } from './open-data-job.ts';
import {
  coverServicesQuery,
  existingServiceIds,
  mergeAnctServicesQuery,
  serviceStates,
  type ServiceState,
} from '../../graph/open-data-imports.ts';
import { SERVICES_COVERED_BY_TYPE, servicesCoveredBy } from './covered-services.ts';
import { anctServiceId, webAddress } from './siret.ts';

export type ServiceColumn =
  'id' | 'nom' | 'description' | 'url' | 'type' | 'nom_instance' | 'maturite';

export const SERVICE_COLUMNS: readonly ColumnSpec<ServiceColumn>[] = [
  { name: 'id', required: true },
  { name: 'nom', required: true },
  { name: 'description' },
  { name: 'url' },
  { name: 'type', required: true },
  { name: 'nom_instance' },
  { name: 'maturite' },
];

export interface EditeurRef {
  id: string;
  nom: string;
}

export const STATE_EDITORS = {
  anssi: {
    id: 'editeur:anssi',
    nom: "ANSSI – Agence nationale de la sécurité des systèmes d'information",
  },
  dinum: { id: 'editeur:dinum', nom: 'DINUM – Direction interministérielle du numérique' },
  anct: { id: 'editeur:anct', nom: 'ANCT – Agence nationale de la cohésion des territoires' },
} as const satisfies Record<string, EditeurRef>;

export interface ServiceRow {
  id: string;
  properties: {
    idServiceAnct: string;
    nom: string;
    description: string | null;
    url: string | null;
    typeAnct: string;
    maturite: string | null;
  };
  editeurs: EditeurRef[];
}

/** The editor the register's own data names, or none. */
export function editorOf(type: string, url: string | null): EditeurRef | null {
  if (type === 'anssi') return STATE_EDITORS.anssi;
  if (type === 'proconnect') return STATE_EDITORS.dinum;
  const host = url ? new URL(url).hostname : '';
  if (host === 'anct.gouv.fr' || host.endsWith('.anct.gouv.fr')) return STATE_EDITORS.anct;
  return null;
}

const orNull = (text: string) => (text === '' ? null : text);

export function parseServiceRow(values: RowValues<ServiceColumn>): ServiceRow {
  const { number, nom, instance, url, type, description, maturite } = allChecked({
    number: () => anctServiceId('id', values.id),
    nom: () => required('nom', values.nom),
    instance: () => checkedText('nom_instance', values.nom_instance ?? ''),
    url: () => webAddress('url', values.url ?? ''),
    type: () => required('type', values.type).toLowerCase(),
    description: () => orNull(checkedText('description', values.description ?? '')),
    maturite: () => orNull(checkedText('maturite', values.maturite ?? '')),
  });
  const editor = editorOf(type, url);
  return {
    id: `logiciel:anct-${number}`,
    properties: {
      idServiceAnct: number,
      // Several instances of one service (ProConnect « FI Mégalis », « FI ANCT »…) stay apart.
      nom: instance ? `${nom} (${instance})` : nom,
      description,
      url,
      typeAnct: type,
      maturite,
    },
    editeurs: editor ? [editor] : [],
  };
}

async function resolveServices(
  _tx: unknown,
  rows: Lined<ServiceRow>[],
): Promise<Resolution<ServiceRow>> {
  const seen = duplicateFinder();
  const result: Resolution<ServiceRow> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const first = seen(row.id, line);
    if (first !== null) {
      result.refused.push({
        line,
        reason: bilingual(`même service qu'à la ligne ${first}`, `same service as line ${first}`),
      });
    } else result.rows.push({ line, row });
  }
  return result;
}

function sameService(row: ServiceRow, state: ServiceState): boolean {
  const props = row.properties as Record<string, string | null>;
  return (
    Object.entries(props).every(([key, value]) => (state.properties[key] ?? null) === value) &&
    row.editeurs.every((editor) => state.editeurs.includes(editor.id))
  );
}

/**
 * `services`: the Maillage services of the graph (a graph without the study's catalogue
 * covers none, and stays idempotent).
 */
export function planServices(
  rows: Lined<ServiceRow>[],
  states: ServiceState[],
  services: Set<string> = new Set(),
): Plan {
  const known = new Map(states.map((state) => [state.id, state]));
  const plan = emptyPlan();
  const writes: ServiceRow[] = [];
  const covers: { logiciel: string; service: string }[] = [];
  for (const { row } of rows) {
    const state = known.get(row.id);
    const newCovers = servicesCoveredBy(row.properties.typeAnct)
      .filter((service) => services.has(service) && !state?.couvre.includes(service))
      .map((service) => ({ logiciel: row.id, service }));
    covers.push(...newCovers);
    if (!state) plan.created += 1;
    else if (!sameService(row, state)) plan.updated += 1;
    else {
      if (newCovers.length > 0) plan.updated += 1;
      else plan.unchanged += 1;
      continue;
    }
    writes.push(row);
  }
  plan.steps = [
    { query: mergeAnctServicesQuery, rows: writes },
    { query: coverServicesQuery, rows: covers },
  ].filter((step) => step.rows.length > 0);
  return plan;
}

export const servicesJob: OpenDataJob<ServiceColumn, ServiceRow, ServiceRow> = {
  published: 'csv',
  columns: SERVICE_COLUMNS,
  parseRow: parseServiceRow,
  resolve: resolveServices,
  operators: () => [],
  plan: async (tx, rows) =>
    planServices(
      rows,
      await serviceStates(
        tx,
        rows.map(({ row }) => row.id),
      ),
      await existingServiceIds(tx, Object.values(SERVICES_COVERED_BY_TYPE).flat()),
    ),
  summarize: () => ({ notes: [], organismesCrees: 0, unknownSirens: [] }),
};
