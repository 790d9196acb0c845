import { provenanceOf } from '../analyses/provenance.ts';
import { declarePartnershipEdit } from '../mutations/partnerships.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { partnerReach, type DepartementReach } from '../graph/partnerships.ts';
import { departementCode } from '../input/codes.ts';
import { entityId, unknownOfKind } from '../input/ids.ts';
import { toPartnership } from '../graph/records.ts';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export const partnershipsResolvers: Resolvers = {
  Query: {
    partnerReach: async (_p, { partenaireId, donneesReelles, departement }, context) => {
      entityId(partenaireId, ['Partenaire'], 'un partenaire', 'a partner');
      const reelles = donneesReelles ?? false;
      const perimetre = departementCode(departement);
      const row = await partnerReach(context.graph, partenaireId, {
        reelles,
        departement: perimetre,
      });
      if (!row) throw unknownOfKind('Partenaire inconnu', 'partner', partenaireId);
      return { ...row, reelles, perimetre };
    },
  },
  Mutation: {
    declarerPartenariat: (_p, args, context) =>
      declarePartnershipEdit(context.graph, context.viewer, args),
  },
  PorteePartenaire: {
    donneesReelles: (r) => r.reelles,
    conventions: (r) =>
      r.conventions.map(({ cible, rel }) => toPartnership(r.partenaire, cible, rel)),
    operateurs: (r) => r.operators,
    collectivites: (r) => r.collectivites,
    communes: (r) => r.reachedByDep.reduce((sum, d) => sum + d.communes, 0),
    population: (r) => r.reachedByDep.reduce((sum, d) => sum + d.population, 0),
    communesTotal: (r) => r.departements.reduce((sum, d) => sum + d.communes, 0),
    populationTotal: (r) => r.departements.reduce((sum, d) => sum + d.population, 0),
    part: (r) =>
      share(
        r.reachedByDep.reduce((sum, d) => sum + d.communes, 0),
        r.departements.reduce((sum, d) => sum + d.communes, 0),
      ),
    partPopulation: (r) =>
      share(
        r.reachedByDep.reduce((sum, d) => sum + d.population, 0),
        r.departements.reduce((sum, d) => sum + d.population, 0),
      ),
    departements: (r) => departementReaches(r),
    zoneBlanche: (r) =>
      departementReaches(r)
        .filter((d) => d.communesAtteintes === 0)
        .map((d) => d.departement),
    communesNonAtteintes: (r) =>
      r.departements.reduce((sum, d) => sum + d.communes, 0) -
      r.reachedByDep.reduce((sum, d) => sum + d.communes, 0),
    communesNonAtteintesPrincipales: (r) => r.unreachedFirst,
    provenance: (r) => {
      if (r.operators.length === 0) return null;
      // An operator reached through simulated links rests wholly on simulated data.
      let real = 0;
      let simulated = 0;
      for (const o of r.operators) {
        const own = o.simule ? o.memberships : o.simulatedMemberships;
        simulated += own + (o.simule ? 1 : 0);
        real += o.memberships - own + (o.simule ? 0 : 1);
      }
      return provenanceOf(real, simulated);
    },
  },
};

function departementReaches(r: {
  reachedByDep: { dep: string; communes: number; population: number; operators: string[] }[];
  departements: {
    departement: DepartementReach['departement'];
    communes: number;
    population: number;
  }[];
  operators: { opsn: DepartementReach['operateurs'][number] }[];
}): DepartementReach[] {
  const reached = new Map(r.reachedByDep.map((d) => [d.dep, d]));
  const opsns = new Map(r.operators.map((o) => [o.opsn.id, o.opsn]));
  return r.departements.map(({ departement, communes, population }) => {
    const d = reached.get(departement.code);
    return {
      departement,
      communesAtteintes: d?.communes ?? 0,
      communes,
      populationAtteinte: d?.population ?? 0,
      population,
      part: share(d?.communes ?? 0, communes),
      operateurs: (d?.operators ?? [])
        .flatMap((id) => opsns.get(id) ?? [])
        .sort((a, b) => a.nom.localeCompare(b.nom, 'fr') || a.id.localeCompare(b.id)),
    };
  });
}
