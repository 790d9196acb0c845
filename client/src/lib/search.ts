/** What a search suggestion says about the entity it found. */
import { getFragmentData, graphql, type FragmentType } from '../generated/index.ts';
import { TYPE_LABELS } from './format.ts';

/**
 * What names an entity (its title and detail below): a search hit, a node of the explorer, the
 * collectivité of a fiche spread `...NodeLabel` and read it with `readNodeLabel`.
 */
export const NodeLabelFragment = graphql(`
  fragment NodeLabel on Node {
    __typename
    id
    ... on Commune {
      nom
      code
      simule
      source
      departement {
        code
      }
    }
    ... on Epci {
      nom
      siren
      simule
      source
    }
    ... on Departement {
      nom
      code
      source
    }
    ... on Region {
      nom
      code
      source
    }
    ... on AutreOrganisme {
      nom
      natureOrganisme: nature
      simule
      source
    }
    ... on Opsn {
      nom
      sigle
      sirenOperateur: siren
      simule
      source
    }
    ... on Federation {
      nom
      source
    }
    ... on Editeur {
      nom
      simule
      source
    }
    ... on Logiciel {
      nom
      simule
      source
    }
    ... on Service {
      nom
      source
    }
    ... on Partenaire {
      nom
      source
    }
  }
`);
export type NodeLabelRef = FragmentType<typeof NodeLabelFragment>;
export const readNodeLabel = (ref: NodeLabelRef) => getFragmentData(NodeLabelFragment, ref);

export interface LabelledNode {
  __typename?: string;
  id: string;
  nom?: string | null;
  code?: string | null;
  siren?: string | null;
  /** An operator's SIREN (nullable, hence its own name beside the collectivités' one). */
  sirenOperateur?: string | null;
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
  const siren = node.siren ?? node.sirenOperateur;
  if (siren) parts.push(`SIREN ${siren}`);
  return parts.filter(Boolean).join(' · ');
}
