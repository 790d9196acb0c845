import type { RouteLocationRaw } from 'vue-router';
import { ID_PREFIX_TYPES, possibleTypes } from '../generated/schema-tables.ts';

const COLLECTIVITES = new Set(possibleTypes.Collectivite);

/** The page that shows an entity: its fiche when it has one, the Explorer otherwise. */
export function entityRoute(entity: {
  id: string;
  __typename?: string;
  type?: string;
}): RouteLocationRaw {
  // Without a type name, the id's prefix gives it (the table generated from the schema).
  const type = entity.__typename ?? entity.type ?? typeOfId(entity.id);
  const key = entity.id.slice(entity.id.indexOf(':') + 1);
  if (type === 'Opsn') return { name: 'operateur', params: { key } };
  if (type === 'Editeur') return { name: 'editeur', params: { key } };
  if (type === 'Service') return { name: 'service', params: { key } };
  if (type === 'Logiciel') return { name: 'logiciel', params: { key } };
  if (type === 'Partenaire') return { name: 'partenaire', params: { cle: key } };
  if (COLLECTIVITES.has(type)) return { name: 'collectivite', params: { id: entity.id } };
  return { name: 'explorer', query: { id: entity.id } };
}

/** Whether an entity has a page of its own (not only the Explorer). */
export function hasOwnPage(entity: { id: string; __typename?: string; type?: string }): boolean {
  const route = entityRoute(entity);
  return typeof route === 'object' && 'name' in route && route.name !== 'explorer';
}

/** The type of an entity from its id prefix (`commune:…` → `Commune`), as the schema says. */
export function typeOfId(id: string): string {
  return ID_PREFIX_TYPES[id.split(':')[0] ?? ''] ?? 'Node';
}
