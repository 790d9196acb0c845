/**
 * `declarerPartenariat`: a convention between an institutional partner and an operator or the
 * federation, declared, updated or ended (`fin`: kept, with its end). An administrator declares
 * any; an `opsn-editor` only its own operator's. The source is the convention's public address.
 */
import { GraphQLError } from 'graphql';
import { organisationOf } from '../auth/writer-organisation.ts';
import { requireAdmin, requireOpsnAccess, type Viewer } from '../auth/viewer.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/db.ts';
import { recordInJournal } from '../graph/journal.ts';
import { declarePartnership, lockPartnership } from '../graph/partnerships.ts';
import { toPartnership, type PartnershipRecord } from '../graph/records.ts';
import { fieldId } from '../input/ids.ts';
import { text } from '../input/text.ts';
import { pastDate, sourceOf } from '../input/writes.ts';

const MAX_OBJET_LENGTH = 500;

/**
 * A convention's source: its public address (`public:https://…`), under the rules of every
 * source (no person named…), as it is stored; or why `value` is not one, French then English.
 */
export function conventionSource(
  value: string,
): { source: string; problem?: undefined } | { source?: undefined; problem: [string, string] } {
  try {
    // An administrator's source is kept as given: the general rules, without rewriting.
    const source = sourceOf(value, { role: 'admin' });
    if (source.startsWith('public:https://')) return { source };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const [french, english] = error.message.split(' / ');
    if (french && english) {
      return {
        problem: [
          french.replace(/^Source invalide : /, ''),
          english.replace(/^Invalid source: /, ''),
        ],
      };
    }
  }
  return {
    problem: [
      "la source d'une convention est son adresse publique : public:https://…",
      "a convention's source is its public address: public:https://…",
    ],
  };
}

export interface PartnershipArgs {
  partenaireId: string;
  cibleId: string;
  objet?: string | null;
  date?: string | null;
  fin?: string | null;
  source: string;
}

export async function declarePartnershipEdit(
  graph: Graph,
  viewer: Viewer,
  args: PartnershipArgs,
): Promise<PartnershipRecord> {
  const partenaire = `partenaire:${fieldId('partenaireId', args.partenaireId, ['partenaire']).key}`;
  const target = fieldId('cibleId', args.cibleId, ['opsn', 'federation']);
  const cible = `${target.prefix}:${target.key}`;
  const author = target.prefix === 'opsn' ? requireOpsnAccess(viewer, cible) : requireAdmin(viewer);
  const { source, problem } = conventionSource(args.source);
  if (problem) {
    throw badInput(`Source invalide : ${problem[0]}`, `Invalid source: ${problem[1]}`, {
      field: 'source',
    });
  }
  const objet = args.objet == null ? null : text('objet', args.objet, MAX_OBJET_LENGTH);
  const date = args.date == null ? null : pastDate('date', args.date);
  const fin = args.fin == null ? null : pastDate('fin', args.fin);
  const now = new Date().toISOString();
  return graph.writeTransaction(async (tx) => {
    const state = await lockPartnership(tx, partenaire, cible);
    if (!state.partenaire) {
      throw badInput(`Partenaire inconnu : ${partenaire}`, `Unknown partner: ${partenaire}`, {
        field: 'partenaireId',
      });
    }
    if (!state.cible) {
      throw badInput(`Cible inconnue : ${cible}`, `Unknown target: ${cible}`, { field: 'cibleId' });
    }
    const current = state.current;
    if (!current && objet === null) {
      throw badInput(
        '« objet » : obligatoire pour une nouvelle convention',
        '"objet": required for a new convention',
        { field: 'objet' },
      );
    }
    const start = date ?? (current?.date as string | null | undefined) ?? null;
    if (fin && start && fin < start) {
      throw badInput(
        `La fin (${fin}) précède la convention (${start})`,
        `The end (${fin}) comes before the convention (${start})`,
        { field: 'fin' },
      );
    }
    if (
      current &&
      fin === null &&
      (objet === null || objet === current.objet) &&
      (date === null || date === current.date) &&
      source === current.source
    ) {
      return toPartnership(state.partenaire, state.cible, current);
    }
    const rel = await declarePartnership(
      tx,
      { partenaire, cible, objet, date, fin, source, organisation: organisationOf(author), now },
      current !== null,
    );
    await recordInJournal(tx, {
      writer: author,
      now,
      action: fin ? 'terminerPartenariat' : 'declarerPartenariat',
      cible,
      source,
      resume: { partenaire, objet, date, fin, nouvelle: current === null },
    });
    return toPartnership(state.partenaire, state.cible, rel);
  });
}
