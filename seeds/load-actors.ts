import type { Graph } from '../server/graph/db.ts';
import {
  mergeEditeursQuery,
  mergeFederationQuery,
  mergeLogicielsQuery,
  mergeNamedOpsnsQuery,
  mergePartenairesQuery,
  mergePartenariatsQuery,
  mergeServicesQuery,
} from './graph/actors-data.ts';
import { OPSN } from '../server/graph/model/opsn.ts';
import { OPSN_FACT_FIELDS } from '../server/graph/records.ts';
import { writeInBatches } from './batches.ts';
import {
  EDITEURS,
  FEDERATION,
  LOGICIELS,
  OPERATEURS,
  PARTENAIRES,
  PARTENARIATS,
  SERVICES,
  validateStudyActors,
  type Fact,
  type OpsnSeed,
} from './study-actors.ts';

const SOURCE_STUDY = 'etude-declic-2020';
const FACT_FIELDS: ReadonlySet<string> = new Set(OPSN_FACT_FIELDS);
export const federationId = (key: string) => `federation:${key}`;
export const opsnId = (key: string) => `opsn:${key}`;

/** The operator's stored fields that are plain values (not sourced facts): copied as they are. */
const PLAIN_STORED_FIELDS = Object.entries(OPSN.fields)
  .filter(([name, field]) => field.kind === 'stored' && !FACT_FIELDS.has(name))
  .map(([name]) => name);

/** Flattens an operator into node properties: each fact F gives F and FSource (null when unknown). */
export function opsnProperties(seed: OpsnSeed): Record<string, unknown> {
  const given = seed as unknown as Record<string, unknown>;
  const properties: Record<string, unknown> = {
    // Every plain stored field of the declaration the seed gives (nom, sigle, membreDeclic…).
    ...Object.fromEntries(
      PLAIN_STORED_FIELDS.filter((field) => given[field] !== undefined).map((field) => [
        field,
        given[field],
      ]),
    ),
    id: opsnId(seed.key),
    source: SOURCE_STUDY,
    notes: [
      ...seed.notes,
      ...OPSN_FACT_FIELDS.flatMap((field) => {
        const fact = (seed[field] ?? null) as Fact<unknown> | null;
        return fact?.note ? [`${field} : ${fact.note}`] : [];
      }),
    ],
  };
  for (const field of OPSN_FACT_FIELDS) {
    const fact = (seed[field] ?? null) as Fact<unknown> | null;
    // A SIREN the study does not give is the register's (seeds/load-register.ts): kept.
    if (field === 'siren' && !fact) continue;
    properties[field] = fact?.value ?? null;
    properties[`${field}Source`] = fact?.source ?? null;
  }
  return properties;
}

const quietable = (quiet: boolean | undefined, label: string) => ({ label, quiet, batchSize: 500 });

/** Loads the study's named actors; validated first, idempotent (MERGE on ids). */
export async function loadStudyActors(
  graph: Graph,
  options: { quiet?: boolean } = {},
): Promise<void> {
  validateStudyActors();
  const q = options.quiet;
  await writeInBatches(
    graph,
    mergeFederationQuery,
    [{ id: federationId(FEDERATION.key), nom: FEDERATION.nom, source: FEDERATION.source }],
    quietable(q, 'Fédération'),
  );
  await writeInBatches(
    graph,
    mergeServicesQuery,
    SERVICES.map((s) => ({
      id: `service:${s.key}`,
      nom: s.nom,
      famille: s.famille,
      description: s.description,
      source: s.source,
    })),
    quietable(q, 'Services'),
  );
  await writeInBatches(
    graph,
    mergeNamedOpsnsQuery,
    OPERATEURS.map((o) => ({
      id: opsnId(o.key),
      properties: opsnProperties(o),
      federation: federationId(FEDERATION.key),
      territoire: o.territoire.value,
      territoireSource: o.territoire.source,
    })),
    quietable(q, 'Opérateurs nommés'),
  );
  await writeInBatches(
    graph,
    mergeEditeursQuery,
    EDITEURS.map((e) => ({
      id: `editeur:${e.key}`,
      nom: e.nom,
      statut: e.statut?.value ?? null,
      statutSource: e.statut?.source ?? null,
      source: e.source,
    })),
    quietable(q, 'Éditeurs'),
  );
  await writeInBatches(
    graph,
    mergeLogicielsQuery,
    LOGICIELS.map((l) => ({
      id: `logiciel:${l.key}`,
      nom: l.nom,
      licence: l.licence?.value ?? null,
      licenceSource: l.licence?.source ?? null,
      editeur: `editeur:${l.editeurKey}`,
      services: l.services.map((s) => `service:${s}`),
      source: l.source,
    })),
    quietable(q, 'Logiciels'),
  );
  await writeInBatches(
    graph,
    mergePartenairesQuery,
    PARTENAIRES.map((p) => ({
      id: `partenaire:${p.key}`,
      nom: p.nom,
      nature: p.nature,
      source: p.source,
    })),
    quietable(q, 'Partenaires'),
  );
  await writeInBatches(
    graph,
    mergePartenariatsQuery,
    PARTENARIATS.map((p) => ({
      partenaire: `partenaire:${p.partenaireKey}`,
      cible: p.cible === 'federation' ? federationId(FEDERATION.key) : opsnId(p.cible.opsnKey),
      objet: p.objet,
      date: p.date,
      source: p.source,
    })),
    quietable(q, 'Partenariats'),
  );
}
