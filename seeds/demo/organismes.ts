/**
 * Other public bodies (AutreOrganisme): the real ones of the references, and a pool of
 * simulated ones per département.
 */
import { OPERATEURS } from '../study-actors.ts';
import type { Atlas } from './atlas.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import type { DemoOrganisme } from './model.ts';

export interface OrganismeCandidate extends DemoOrganisme {
  weight: number;
}

const COGITIS_SOURCE = OPERATEURS.find((o) => o.key === 'cogitis')?.formeJuridique.source ?? '';

/** Real bodies named by the references, by the name the references give. */
export const REAL_ORGANISMES: Record<string, DemoOrganisme> = {
  "Centre de gestion de l'Hérault": {
    id: 'organisme:cdg-herault',
    nom: "Centre de gestion de la fonction publique territoriale de l'Hérault",
    nature: 'centre de gestion',
    departement: '34',
    source: COGITIS_SOURCE,
  },
  "SDIS de l'Hérault": {
    id: 'organisme:sdis-herault',
    nom: "Service départemental d'incendie et de secours de l'Hérault",
    nature: 'SDIS',
    departement: '34',
    source: COGITIS_SOURCE,
  },
  'SDIS du Jura': {
    id: 'organisme:sdis-jura',
    nom: "Service départemental d'incendie et de secours du Jura",
    nature: 'SDIS',
    departement: '39',
    source: COGITIS_SOURCE,
  },
  'EID Méditerranée': {
    id: 'organisme:eid-mediterranee',
    nom: 'EID Méditerranée (Entente interdépartementale pour la démoustication)',
    nature: 'entente interdépartementale',
    departement: '34',
    source: COGITIS_SOURCE,
  },
};

/** Régions named as members by the references. */
export const REAL_REGIONS: Record<string, string> = {
  'Région Bretagne': '53',
  'Région Île-de-France': '11',
};

export class OrganismePool {
  private readonly pools = new Map<string, OrganismeCandidate[]>();
  /** Départements where a simulated centre de gestion must not exist (an operator is one). */
  readonly noCdg = new Set<string>(['34']);
  readonly noSdis = new Set<string>(['34', '39']);

  constructor(private readonly atlas: Atlas) {}

  of(dep: string): OrganismeCandidate[] {
    const cached = this.pools.get(dep);
    if (cached) return cached;
    const a = this.atlas;
    const d = a.dep(dep);
    const depSlug = dep.toLowerCase();
    const pool: OrganismeCandidate[] = [];
    const add = (id: string, nom: string, nature: string, weight: number) =>
      pool.push({ id, nom, nature, departement: dep, source: SYNTHETIC, weight });
    if (!this.noSdis.has(dep)) {
      add(`organisme:simule-sdis-${depSlug}`, `SDIS simulé — ${d.nom}`, 'SDIS', 6);
    }
    if (!this.noCdg.has(dep)) {
      add(
        `organisme:simule-cdg-${depSlug}`,
        `Centre de gestion simulé — ${d.nom}`,
        'centre de gestion',
        6,
      );
    }
    add(
      `organisme:simule-oph-${depSlug}`,
      `Office public de l'habitat simulé — ${d.nom}`,
      'EPA',
      3,
    );
    for (const e of a.epcisWithin([dep])) {
      if (e.nature === 'CC') {
        add(`organisme:simule-cias-${e.siren}`, `CIAS simulé — ${e.nom}`, 'CIAS', 2);
      }
      add(
        `organisme:simule-syndicat-eau-${e.siren}`,
        `Syndicat d'eau et d'assainissement simulé — ${e.nom}`,
        'syndicat',
        2,
      );
    }
    for (const c of a.communesByDep.get(dep) ?? []) {
      const pop = c.population ?? 0;
      add(
        `organisme:simule-ccas-${c.code.toLowerCase()}`,
        `CCAS simulé — ${c.nom}`,
        'CCAS',
        0.3 + Math.sqrt(pop) / 40,
      );
      if (pop >= 2500) {
        add(
          `organisme:simule-sivom-${c.code.toLowerCase()}`,
          `SIVOM simulé — ${c.nom}`,
          'syndicat',
          1,
        );
      }
      if (pop >= 5000) {
        add(
          `organisme:simule-ehpad-${c.code.toLowerCase()}`,
          `EHPAD public simulé — ${c.nom}`,
          'EPA',
          0.8,
        );
      }
    }
    this.pools.set(dep, pool);
    return pool;
  }
}
