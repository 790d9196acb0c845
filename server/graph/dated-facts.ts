/**
 * Facts are dated, not overwritten. Each kind of dated fact has a current relationship type
 * and a past one: ending a fact moves its properties to the past type and sets `fin` (never a
 * delete). Dates are calendar days (`AAAA-MM-JJ`); a start or end may be unknown (null).
 *
 * Properties every dated fact may carry:
 * - `depuis` / `fin`: when it started / ended in the world, when known;
 * - `sourceDepuis` / `sourceFin`: the source that gave each date (the fact's `source` tells
 *   who asserted the fact itself);
 * - `enregistreLe` / `finEnregistreeLe`: when Maillage recorded its start / its end (ISO 8601
 *   timestamp), and `chargement` / `chargementFin`: the id of the load (`Chargement` node)
 *   that did, when a load did. These order the feeds and answer « what changed between two
 *   loads ».
 *
 * « At a date » a fact counts when it had started (or its start is unknown) and had not yet
 * ended: an unknown start is not replaced by a guessed one, and the answers at a date say how
 * many such facts they counted.
 */

/** Each dated fact's current relationship type, and the one it moves to once ended. */
export const DATED_FACTS = {
  /** (:Collectivite)-[:ADHERE_A]->(:Opsn): statutory membership. */
  adhesion: { current: 'ADHERE_A', past: 'ADHERAIT_A' },
  /** (:Commune)-[:MEMBRE_DE]->(:Epci): EPCI composition (the COG's yearly update changes it). */
  compositionEpci: { current: 'MEMBRE_DE', past: 'ETAIT_MEMBRE_DE' },
  /** (:Opsn)-[:PROPOSE]->(:Service): an operator's offer. */
  offre: { current: 'PROPOSE', past: 'PROPOSAIT' },
  /** (:Opsn)-[:DISTRIBUE]->(:Logiciel): a distribution. */
  distribution: { current: 'DISTRIBUE', past: 'DISTRIBUAIT' },
  /** (:Collectivite)-[:UTILISE]->(:Logiciel|Service): a usage. */
  usage: { current: 'UTILISE', past: 'UTILISAIT' },
} as const;

export type DatedFactKind = keyof typeof DATED_FACTS;

/** `A|B`: both types of a dated fact, for a pattern that reads it at a date. */
export const bothTypes = (kind: DatedFactKind): string =>
  `${DATED_FACTS[kind].current}|${DATED_FACTS[kind].past}`;

/**
 * True when relationship `r` (of either type of a dated fact) was in force on day `date`
 * (a parameter or variable holding `AAAA-MM-JJ`): started on or before it, or start unknown,
 * and not ended on or before it. A fact ending on day d no longer holds on d.
 */
export const inForceAt = (r: string, date = '$date'): string =>
  `((${r}.depuis IS NULL OR ${r}.depuis <= ${date}) AND (${r}.fin IS NULL OR ${r}.fin > ${date}))`;

/** True when `r`, in force at `date`, has no known start (counted, and said to be). */
export const startUnknown = (r: string): string => `${r}.depuis IS NULL`;
