/**
 * Search across every kind of entity: exact codes (INSEE, SIREN of a collectivité or an
 * operator, département, région) first,
 * then names or sigles equal to the text once accents and case are ignored, then the other
 * full-text matches by Lucene score. One named query; the only variable part of its text is
 * the label filter, built from the NODE_LABELS allowlist.
 */
import { ACCENT_FOLDING, NAMES_INDEX } from './search-names.ts';
import neo4j from 'neo4j-driver';
import { NODE_LABELS, type NodeLabel } from '../ids.ts';
import { fold } from '../input/text.ts';
import { cypher, type Graph, type NamedQuery } from './db.ts';
import type { NodeRecord } from './records.ts';

const FULLTEXT = NAMES_INDEX;

/** Scores of the three tiers (see SearchHit.score in schema/graphe.graphql). */
const CODE_SCORE = 3.0;

/**
 * One-character replacements that fold a lower-cased French name the way `fold` folds the
 * user's text, plus the separators a name may be written with. Each keeps the length, so a
 * name can only equal the text if it has the same length (a cheap first check).
 */
const NAME_FOLDING: [string, string][] = [...ACCENT_FOLDING, ['-', ' '], ["'", ' '], ['’', ' ']];

const foldedName = (property: string) =>
  `reduce(s = toLower(${property}), p IN $nameFolding | replace(s, p[0], p[1]))`;

function buildSearchQuery(labels: readonly NodeLabel[] | null): NamedQuery {
  const labelFilter = labels ? `WHERE n:${labels.join('|')}` : '';
  return cypher(
    labels ? `search[${labels.join('|')}]` : 'search',
    `CALL () {
       MATCH (n:Commune) WHERE n.code = $communeCode RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       MATCH (n:Commune) WHERE n.siren = $siren RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       MATCH (n:Epci) WHERE n.siren = $siren RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       MATCH (n:AutreOrganisme) WHERE n.siren = $siren RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       MATCH (n:Opsn) WHERE n.siren = $siren RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       MATCH (n:Departement) WHERE n.code = $departementCode RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       MATCH (n:Region) WHERE n.code = $regionCode RETURN n, ${CODE_SCORE} AS score
       UNION ALL
       CALL db.index.fulltext.queryNodes('${FULLTEXT}', $lucene, {limit: $candidates})
         YIELD node AS n, score AS lucene
       WITH n, lucene / (1.0 + lucene) AS relative
       RETURN n,
         CASE WHEN (size(n.nom) = $nameSize AND ${foldedName('n.nom')} = $name)
                OR (size(n.sigle) = $nameSize AND ${foldedName('n.sigle')} = $name)
              THEN 1.0 + relative ELSE relative END AS score
     }
     WITH n, score ${labelFilter}
     WITH n, max(score) AS score
     RETURN n {.*} AS node, score
     ORDER BY score DESC, size(n.nom), n.id
     LIMIT $first`,
  );
}

const searchQueries = new Map<string, NamedQuery>();

function searchQuery(labels: readonly NodeLabel[] | null): NamedQuery {
  // Only allowlisted labels, in allowlist order: at most 2^11 distinct texts.
  const chosen = labels ? NODE_LABELS.filter((label) => labels.includes(label)) : null;
  const key = chosen ? chosen.join('|') : '*';
  let query = searchQueries.get(key);
  if (!query) {
    query = buildSearchQuery(chosen);
    searchQueries.set(key, query);
  }
  return query;
}

export interface SearchTerms {
  /** Lucene query on the names index, built from letters and digits only; '' when none. */
  lucene: string;
  /** The text folded like names are folded in Cypher, for name equality. */
  name: string;
  communeCode: string | null;
  siren: string | null;
  departementCode: string | null;
  regionCode: string | null;
}

/** What the user's text is searched as; nothing of it reaches Lucene or Cypher as syntax. */
export function searchTerms(text: string): SearchTerms {
  const trimmed = text.trim();
  const code = trimmed.toUpperCase();
  const sirenDigits = /^\d{3} ?\d{3} ?\d{3}$/.test(trimmed) ? trimmed.replace(/ /g, '') : null;
  const name = fold(trimmed).replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
  // The index folds œ, æ and ß into two letters, which `fold` keeps as they are.
  const words = name
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return {
    // A whole word counts more than a word's beginning.
    lucene: words.map((word) => `(${word}^2 OR ${word}*)`).join(' AND '),
    name,
    communeCode: /^(\d{5}|2[AB]\d{3})$/.test(code) ? code : null,
    siren: sirenDigits,
    departementCode: /^(\d{2}|2[AB]|97\d)$/.test(code) ? code : null,
    regionCode: /^\d{2}$/.test(code) ? code : null,
  };
}

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}

export interface SearchArgs {
  text: string;
  /** Labels to keep (from NODE_LABELS); null for all. */
  labels: readonly NodeLabel[] | null;
  first: number;
}

/**
 * Full-text hits kept before ranking. A common word ("saint": 4,655 names) would otherwise have
 * every hit folded and sorted to keep ten. An exact name holds every word whole in the
 * shortest field, so Lucene ranks it among the first; with a type filter the hits of other
 * types could crowd the bound, so none is applied then.
 */
const UNFILTERED_CANDIDATES = 500;
const ALL_CANDIDATES = 1_000_000;

export async function searchNodes(graph: Graph, args: SearchArgs): Promise<SearchHitRecord[]> {
  const terms = searchTerms(args.text);
  // No word means no code either (codes are made of letters and digits).
  if (terms.lucene === '') return [];
  return graph.read<{ node: NodeRecord; score: number }>(searchQuery(args.labels), {
    ...terms,
    nameSize: [...terms.name].length,
    nameFolding: NAME_FOLDING,
    candidates: neo4j.int(
      args.labels ? ALL_CANDIDATES : Math.max(UNFILTERED_CANDIDATES, args.first),
    ),
    first: neo4j.int(args.first), // LIMIT wants an integer, not a float
  });
}
