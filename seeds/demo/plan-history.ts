/**
 * 10. The network after the study: a simulated history from 2021-01-01 to HISTORY_END, so that
 * the demo graph can be read « as at a date ». The memberships the calibration drew are the
 * network in force on STUDY_DAY; after it, some operators gain communes (new memberships dated
 * after the study) and some memberships end (the past type, with `fin` after the study). The
 * network on STUDY_DAY is therefore exactly the calibrated one, and today's differs.
 */
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import type { Atlas } from './atlas.ts';
import type { DemoAdhesion } from './model.ts';
import type { Op } from './operators.ts';
import type { Random } from './random.ts';
import { STUDY_YEAR } from './targets.ts';
import { pad } from './util.ts';

/** The day the study's figures describe: its network is the one in force that day. */
export const STUDY_DAY = `${STUDY_YEAR}-12-31`;
/** Whether the demo graph is generated with its history unless told. */
export const DEMO_HISTORY_DEFAULT = true;
/** The last day a simulated change of the history may fall on. */
export const HISTORY_END = '2026-11-30';

const FIRST_YEAR = STUDY_YEAR + 1;
const LAST_YEAR = Number(HISTORY_END.slice(0, 4));
const LAST_MONTH = Number(HISTORY_END.slice(5, 7));

/** Share of an operator's commune count it gains after the study, at most. */
const MAX_GROWTH = 0.25;
/** Chance that one of an operator's simulated communes or other bodies leaves after the study. */
const LEAVING = 0.02;

/** True when a membership was in force on `day` (an unknown start counts, as dated-facts.ts says). */
export const inForceOn = (a: Pick<DemoAdhesion, 'depuis' | 'fin'>, day: string): boolean =>
  (a.depuis === null || a.depuis <= day) && (a.fin == null || a.fin > day);

/** The memberships in force on `day`. */
export function adhesionsOn(adhesions: readonly DemoAdhesion[], day: string): DemoAdhesion[] {
  return adhesions.filter((a) => inForceOn(a, day));
}

function dateAfterStudy(rng: Random): string {
  const year = rng.int(FIRST_YEAR, LAST_YEAR);
  const month = rng.int(1, year === LAST_YEAR ? LAST_MONTH : 12);
  return `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
}

/** Operators whose members are the ones the public facts name: their history is not invented. */
const namedOnly = (op: Op) => op.named?.key === 'sitiv' || op.named?.key === 'cogitis';

/**
 * The history of each operator's memberships after the study: `adhesions` (the calibrated
 * ones) with some given an end, and the new ones. Only simulated memberships end.
 */
export function planHistory(
  atlas: Atlas,
  ops: readonly Op[],
  adhesions: readonly DemoAdhesion[],
  rng: Random,
): DemoAdhesion[] {
  const result: DemoAdhesion[] = [];
  const byOperator = new Map<string, DemoAdhesion[]>();
  for (const a of adhesions) byOperator.set(a.opsn, [...(byOperator.get(a.opsn) ?? []), a]);
  for (const op of ops) {
    const own = byOperator.get(op.id) ?? [];
    if (namedOnly(op)) {
      result.push(...own);
      continue;
    }
    const opRng = rng.fork(op.id);
    for (const a of own) {
      const leaves =
        a.source === SYNTHETIC &&
        (a.collectivite.startsWith('commune:') || a.collectivite.startsWith('organisme:')) &&
        opRng.chance(LEAVING);
      result.push(leaves ? { ...a, fin: dateAfterStudy(opRng) } : a);
    }
    const members = new Set(own.map((a) => a.collectivite));
    const candidates = atlas
      .communesIn(op.territoire)
      .filter((c) => !members.has(c.id) && (c.population ?? 0) < 10_000);
    const communes = own.filter((a) => a.collectivite.startsWith('commune:')).length;
    const gained = Math.min(candidates.length, Math.floor(communes * MAX_GROWTH * opRng.next()));
    for (const c of opRng.shuffle(candidates).slice(0, gained)) {
      result.push({
        collectivite: c.id,
        opsn: op.id,
        depuis: dateAfterStudy(opRng),
        source: SYNTHETIC,
      });
    }
  }
  return result;
}
