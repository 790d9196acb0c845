import type { RouteLocationRaw } from 'vue-router';

const COLLECTIVITES = new Set(['Commune', 'Epci', 'Departement', 'Region', 'AutreOrganisme']);

/** The page that shows an entity: its fiche when it has one, the Explorer otherwise. */
export function entityRoute(entity: {
  id: string;
  __typename?: string;
  type?: string;
}): RouteLocationRaw {
  const type = entity.__typename ?? entity.type ?? entity.id.split(':')[0];
  const key = entity.id.slice(entity.id.indexOf(':') + 1);
  if (type === 'Opsn' || entity.id.startsWith('opsn:')) {
    return { name: 'operateur', params: { key } };
  }
  if (type === 'Editeur' || entity.id.startsWith('editeur:')) {
    return { name: 'editeur', params: { key } };
  }
  if (COLLECTIVITES.has(type ?? '')) return { name: 'collectivite', params: { id: entity.id } };
  return { name: 'explorer', query: { id: entity.id } };
}

/** The type of an entity from its id prefix (`commune:…` → `Commune`). */
export function typeOfId(id: string): string {
  const prefix = id.split(':')[0] ?? '';
  const types: Record<string, string> = {
    commune: 'Commune',
    epci: 'Epci',
    departement: 'Departement',
    region: 'Region',
    organisme: 'AutreOrganisme',
    opsn: 'Opsn',
    federation: 'Federation',
    editeur: 'Editeur',
    logiciel: 'Logiciel',
    service: 'Service',
    partenaire: 'Partenaire',
  };
  return types[prefix] ?? 'Node';
}
