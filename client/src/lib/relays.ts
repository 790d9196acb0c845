/** Who already distributes a software in a département, from the chains that reach it. */

export interface ChainInDepartement {
  logiciel: { id: string };
  distributeur: { id: string; nom: string };
  relais?: { id: string; nom: string } | null;
  reach: { collectivites: number };
}

export interface Distributor {
  id: string;
  nom: string;
  collectivites: number;
  /** As a white-label relay of another distributor. */
  asRelay: boolean;
}

/**
 * The operators through which `logicielId` reaches collectivités of the département (the
 * distributor, or the relay when there is one), most collectivités first.
 */
export function distributorsOf(
  chains: readonly ChainInDepartement[],
  logicielId: string,
): Distributor[] {
  const byId = new Map<string, Distributor>();
  for (const chain of chains) {
    if (chain.logiciel.id !== logicielId || chain.reach.collectivites <= 0) continue;
    const opsn = chain.relais ?? chain.distributeur;
    const entry = byId.get(opsn.id) ?? {
      id: opsn.id,
      nom: opsn.nom,
      collectivites: 0,
      asRelay: Boolean(chain.relais),
    };
    entry.collectivites += chain.reach.collectivites;
    byId.set(opsn.id, entry);
  }
  return [...byId.values()].sort(
    (a, b) => b.collectivites - a.collectivites || a.nom.localeCompare(b.nom, 'fr'),
  );
}
