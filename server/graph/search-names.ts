/**
 * The text the names index reads (`nomRecherche`): the name in lower case without accents,
 * its apostrophes turned into spaces and, for a name that has some, also the same words
 * joined. Lucene's standard tokenizer keeps « l'isle » as one token, so a search for « isle »,
 * « L'Isle-Adam » or « Lisle » would otherwise miss L'Isle-Adam (838 communes, 174 EPCI,
 * three départements and a région carry an apostrophe). Kept by one query, run after every
 * write that creates or renames something: the seed, the imports, `modifierOpsn`, and at
 * start for a database written by an earlier version.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Graph } from './db.ts';

export const NAMES_INDEX = 'nom_recherche';

/** Accented letters and their plain form; each pair keeps the length. */
export const ACCENT_FOLDING: [string, string][] =
  'àa âa äa áa ãa åa çc ée èe êe ëe íi ìi îi ïi ñn óo òo ôo öo õo úu ùu ûu üu ýy ÿy'
    .split(' ')
    .map((pair): [string, string] => [pair.charAt(0), pair.charAt(1)]);

const SEARCHED_LABELS =
  'Commune|Epci|Departement|Region|AutreOrganisme|Opsn|Federation|Editeur|Logiciel|Service|Partenaire';

const searchText = (name: string) => `
  reduce(s = toLower(${name}), p IN $accentFolding | replace(s, p[0], p[1])) AS folded
  WITH n, replace(replace(folded, "'", ' '), '’', ' ') AS spaced,
       replace(replace(folded, "'", ''), '’', '') AS joined
  WITH n, CASE WHEN spaced = joined THEN spaced ELSE spaced + ' ' + joined END AS wanted`;

const refreshStaleQuery = cypher(
  'refreshSearchNames',
  `MATCH (n:${SEARCHED_LABELS}) WHERE n.nom IS NOT NULL
   WITH n, ${searchText('n.nom')}
   WHERE n.nomRecherche IS NULL OR n.nomRecherche <> wanted
   SET n.nomRecherche = wanted
   RETURN count(n) AS refreshed`,
);

// An import creates nodes and never renames one: only the new ones lack a search name, found
// without computing every name of the graph.
const fillMissingQuery = cypher(
  'fillMissingSearchNames',
  `MATCH (n:${SEARCHED_LABELS}) WHERE n.nom IS NOT NULL AND n.nomRecherche IS NULL
   WITH n, ${searchText('n.nom')}
   SET n.nomRecherche = wanted`,
);

const refreshOneQuery = cypher(
  'refreshSearchNameOf',
  `MATCH (n {id: $id}) WHERE n.nom IS NOT NULL
   WITH n, ${searchText('n.nom')}
   SET n.nomRecherche = wanted`,
);

/** Brings every stale `nomRecherche` up to date; returns how many changed. */
export async function refreshSearchNames(graph: Graph): Promise<number> {
  const [row] = await graph.write<{ refreshed: number }>(refreshStaleQuery, {
    accentFolding: ACCENT_FOLDING,
  });
  return row?.refreshed ?? 0;
}

/** Inside an import's write transaction: the search names of the nodes it created. */
export async function fillMissingSearchNamesIn(tx: ManagedTransaction): Promise<void> {
  await rowsIn(tx, fillMissingQuery, { accentFolding: ACCENT_FOLDING });
}

/** After renaming one node, in the renaming transaction. */
export async function refreshSearchNameOf(tx: ManagedTransaction, id: string): Promise<void> {
  await rowsIn(tx, refreshOneQuery, { id, accentFolding: ACCENT_FOLDING });
}
