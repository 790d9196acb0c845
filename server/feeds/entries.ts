/**
 * A change as a feed entry: its title and text in French, the address of the fiche it concerns
 * in the client (client/src/routes-table.ts), its id. Plain text: the formats escape it.
 */
import { entityIdOf, PAGE_ROUTES } from '../../client/src/routes-table.ts';
import type { ChangeRecord, FactKindName } from '../graph/changes.ts';
import { labelOfId } from '../ids.ts';

const VERBS: Record<FactKindName, [string, string]> = {
  ADHESION: ['adhère à', 'n’adhère plus à'],
  COMPOSITION_EPCI: ['fait partie de', 'ne fait plus partie de'],
  OFFRE: ['propose', 'ne propose plus'],
  DISTRIBUTION: ['distribue', 'ne distribue plus'],
  USAGE: ['utilise', 'n’utilise plus'],
};

const nameOf = (node: { id: string; nom?: unknown }) =>
  typeof node.nom === 'string' && node.nom !== '' ? node.nom : node.id;

export interface FeedEntry {
  id: string;
  title: string;
  text: string;
  /** The fiche in the client, as a path (`/fiches/operateur/megalis`), or null. */
  path: string | null;
  updated: string;
}

/** The client's page of an entity, when it has one. */
export function fichePath(id: string): string | null {
  const label = labelOfId(id);
  const route = PAGE_ROUTES.find((page) => page.entity?.types.includes(label));
  if (!route?.entity) return null;
  const key =
    route.entity.prefix && entityIdOf(route.entity, id.slice(id.indexOf(':') + 1)) === id
      ? id.slice(id.indexOf(':') + 1)
      : id;
  return route.path.replace(/:[a-z]+$/i, encodeURIComponent(key));
}

export function feedEntry(change: ChangeRecord): FeedEntry {
  const [starts, ends] = VERBS[change.fait];
  const title = `${nameOf(change.de)} ${change.nature === 'DEBUT' ? starts : ends} ${nameOf(change.vers)}`;
  const when = change.dateConnue
    ? `le ${change.date}`
    : `enregistré le ${change.date} (date du fait inconnue)`;
  const text = `${title}, ${when}. Source : ${change.source ?? 'non renseignée'}.`;
  // The operator's fiche says most about a change of an operator; else the collectivité's.
  const subject = change.vers.id.startsWith('opsn:') ? change.vers.id : change.de.id;
  return {
    id: `urn:maillage:changement:${encodeURIComponent(change.id)}`,
    title,
    text,
    path: fichePath(subject),
    updated: change.enregistreLe ?? `${change.date}T00:00:00Z`,
  };
}
