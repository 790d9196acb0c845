/** What a search suggestion says about the entity it found. */
import { TYPE_LABELS } from './format.ts';

export interface LabelledNode {
  __typename?: string;
  id: string;
  nom?: string | null;
  code?: string | null;
  siren?: string | null;
  sigle?: string | null;
  natureOrganisme?: string | null;
  simule?: boolean | null;
  source?: string | null;
  departement?: { code: string } | null;
}

export function nodeName(node: LabelledNode): string {
  return node.nom ?? node.sigle ?? node.id;
}

/** « Brest (29019) », « Mégalis Bretagne (MEGALIS) », « Finistère (29) ». */
export function nodeTitle(node: LabelledNode): string {
  const name = nodeName(node);
  const extra = node.code ?? (node.sigle && node.sigle !== name ? node.sigle : null);
  return extra ? `${name} (${extra})` : name;
}

/** « Commune · Finistère 29 · SIREN 212900195 ». */
export function nodeDetail(node: LabelledNode): string {
  const parts = [TYPE_LABELS[node.__typename ?? ''] ?? node.__typename ?? ''];
  if (node.natureOrganisme) parts.push(node.natureOrganisme);
  if (node.departement?.code) parts.push(`dép. ${node.departement.code}`);
  if (node.siren) parts.push(`SIREN ${node.siren}`);
  return parts.filter(Boolean).join(' · ');
}
