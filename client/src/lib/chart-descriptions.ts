/**
 * What each chart shows, in French sentences with the real figures, for screen readers (the
 * chart's accessible description, instead of the one ECharts would generate).
 */
import { bucketLabel } from './histogram.ts';
import { nombre, pluriel, pourcent } from './format.ts';

/** « A, B et C » */
export function listeFr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export function histogramDescription(
  buckets: readonly { min: number; max?: number | null; operators: number }[],
): string {
  const total = buckets.reduce((sum, b) => sum + b.operators, 0);
  if (total === 0) return 'Histogramme des adhérents : aucun opérateur dans ce périmètre.';
  const parts = buckets
    .filter((b) => b.operators > 0)
    .map((b) => `${nombre(b.operators)} de ${bucketLabel(b)}`);
  return `Histogramme de ${pluriel(total, 'opérateur')} par nombre d'adhérents : ${listeFr(parts)} adhérents.`;
}

export function servicesDescription(
  rows: readonly { service: { nom: string }; share: number; operators: number }[],
): string {
  if (rows.length === 0) return 'Aucun service proposé par ces opérateurs.';
  const sorted = [...rows].sort((a, b) => b.share - a.share);
  const top = sorted.slice(0, 3).map((r) => `${r.service.nom} (${pourcent(r.share, 0)})`);
  const last = sorted[sorted.length - 1]!;
  return `Part des opérateurs proposant chacun des ${pluriel(rows.length, 'service')} : en tête ${listeFr(top)}${
    sorted.length > 3 ? ` ; le moins proposé, ${last.service.nom} (${pourcent(last.share, 0)})` : ''
  }.`;
}

export function heatmapDescription(
  pairs: readonly { a: { nom: string }; b: { nom: string }; shared: number }[],
  operators: number,
): string {
  const shared = pairs.filter((p) => p.shared > 0).sort((x, y) => y.shared - x.shared);
  if (shared.length === 0) return 'Aucun opérateur ne partage de collectivité dans ce périmètre.';
  const top = shared
    .slice(0, 3)
    .map((p) => `${p.a.nom} et ${p.b.nom} (${pluriel(p.shared, 'collectivité')} en commun)`);
  return `Carte de chaleur de ${pluriel(operators, 'opérateur')} : ${pluriel(shared.length, 'paire partage', 'paires partagent')} des collectivités ; celles qui en partagent le plus : ${listeFr(top)}.`;
}

export function sankeyDescription(
  editeur: string,
  chains: readonly {
    logiciel: { nom: string };
    distributeur: { nom: string };
    relais?: { nom: string } | null;
    reach: { collectivites: number };
  }[],
): string {
  if (chains.length === 0) return `Aucune chaîne de distribution pour ${editeur}.`;
  const logiciels = new Set(chains.map((c) => c.logiciel.nom));
  const distributeurs = new Set(chains.map((c) => c.distributeur.nom));
  const best = [...chains].sort((a, b) => b.reach.collectivites - a.reach.collectivites)[0]!;
  return `Diagramme de Sankey de ${pluriel(chains.length, 'chaîne')} : ${pluriel(logiciels.size, 'logiciel')} de ${editeur} distribué${logiciels.size > 1 ? 's' : ''} par ${pluriel(distributeurs.size, 'opérateur')}. La chaîne qui atteint le plus de collectivités : ${best.logiciel.nom} par ${best.distributeur.nom}${
    best.relais ? ` puis ${best.relais.nom}` : ''
  } (${pluriel(best.reach.collectivites, 'collectivité')}).`;
}
