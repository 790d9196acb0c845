/**
 * Whether a figure rests on real data, on the demo graph's simulated data
 * (`source: 'synthetic'`), or on both: so that the client says it per figure, and real and
 * simulated are never mixed silently.
 */
import type { OperatorFigures, ServiceOffer } from '../graph/panorama.ts';
import { isSimulatedSource } from '../graph/simulated.ts';

export type Provenance = 'REELLE' | 'SIMULEE' | 'MIXTE';

/** From how many real and simulated items a figure counts; nothing simulated is real. */
export function provenanceOf(real: number, simulated: number): Provenance {
  if (simulated === 0) return 'REELLE';
  return real === 0 ? 'SIMULEE' : 'MIXTE';
}

/** The provenance of items each real or simulated. */
export function provenanceOfItems<T>(items: readonly T[], simulated: (item: T) => boolean) {
  const count = items.filter(simulated).length;
  return provenanceOf(items.length - count, count);
}

export interface PanoramaProvenance {
  /** The operators counted (invented ones, or a simulated Déclic membership when asked). */
  operateurs: Provenance;
  /** The memberships counted (adhérents, sums, distinct members, served, départements). */
  adhesions: Provenance;
  /** The declared facts summed (agents, declared population). */
  faits: Provenance;
  /** The services offered. */
  services: Provenance;
}

export function panoramaProvenance(
  operators: readonly OperatorFigures[],
  services: readonly ServiceOffer[],
): PanoramaProvenance {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const facts = operators.flatMap(({ opsn }) =>
    (['agents', 'populationDeclaree'] as const)
      .filter((field) => opsn[field] !== null && opsn[field] !== undefined)
      .map((field) => opsn[`${field}Source`] ?? opsn.source),
  );
  const offers = sum(services.map((s) => s.operators));
  const simulatedOffers = sum(services.map((s) => s.simulatedOffers ?? 0));
  return {
    operateurs: provenanceOfItems(operators, (o) => o.simulatedOperator === true),
    adhesions: provenanceOf(
      sum(operators.map((o) => o.realMemberships ?? 0)),
      sum(operators.map((o) => o.simulatedMemberships ?? 0)),
    ),
    faits: provenanceOfItems(facts, isSimulatedSource),
    services: provenanceOf(offers - simulatedOffers, simulatedOffers),
  };
}

/** A service's share: on the offers it counts. */
export const serviceOfferProvenance = (s: ServiceOffer): Provenance =>
  provenanceOf(s.operators - (s.simulatedOffers ?? 0), s.simulatedOffers ?? 0);
