/**
 * The study's figures beside the panorama's: each live value is read from the Panorama answer
 * already computed for the request (no query of its own), its perimeter from that answer's
 * arguments.
 */
import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Panorama } from '../analyses/panorama.ts';
import { today } from '../french-codes.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { OpsnRecord } from '../graph/records.ts';
import { STUDY_FIGURES, STUDY_PERIMETER, type StudyFigure } from '../graph/study-reference.ts';

interface LiveValue {
  value: number | null;
  opsn?: OpsnRecord | null;
}

const ofExtreme = (extreme: Panorama['adherents']['min']): LiveValue => ({
  value: extreme?.value ?? null,
  opsn: extreme?.opsn ?? null,
});

/** Each figure's live value in a panorama, by the figure's key. */
const LIVE: Record<string, (p: Panorama, figure: StudyFigure) => LiveValue> = {
  opsnAnalyses: (p) => ({ value: p.opsnCount }),
  'adherents.total': (p) => ({ value: p.adherents.total }),
  'adherents.moyenne': (p) => ({ value: p.adherents.mean }),
  'adherents.mediane': (p) => ({ value: p.adherents.median }),
  'adherents.minimum': (p) => ofExtreme(p.adherents.min),
  'adherents.maximum': (p) => ofExtreme(p.adherents.max),
  'adherents.entre200et500': (p) => ({
    value: p.adherents.distribution.find((b) => b.min === 200 && b.max === 500)?.operators ?? null,
  }),
  'adhesions.communes': (p) => ({ value: p.memberships.communes }),
  'adhesions.partDesCommunes': (p) => ({ value: p.communesShareSummed }),
  'adhesions.epci': (p) => ({ value: p.memberships.epci }),
  'adhesions.departements': (p) => ({ value: p.memberships.departements }),
  'adhesions.autres': (p) => ({ value: p.memberships.autres }),
  'population.declaree': (p) => ({ value: p.population.declared }),
  'population.partDeclaree': (p) => ({ value: p.population.declaredShareOfFrance }),
  departementsCouverts: (p) => ({ value: p.departementsCovered }),
  'agents.minimum': (p) => ({ value: p.agents.min }),
  'agents.maximum': (p) => ({ value: p.agents.max }),
  'agents.moyenne': (p) => ({ value: p.agents.mean }),
  service: (p, figure) => ({
    value: p.services.find((s) => s.service.id === figure.service)?.share ?? 0,
  }),
};

const liveOf = (p: Panorama, figure: StudyFigure): LiveValue =>
  (figure.service ? LIVE.service : LIVE[figure.cle])?.(p, figure) ?? { value: null };

/** The root field whose answer the resolved field belongs to (a Panorama is only a root's). */
function rootField(info: GraphQLResolveInfo): FieldNode | undefined {
  let path = info.path;
  while (path.prev) path = path.prev;
  const find = (set: SelectionSetNode): FieldNode | undefined => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias ?? selection.name).value === path.key) return selection;
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : info.fragments[selection.name.value]?.selectionSet;
        const found = inner && find(inner);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(info.operation.selectionSet);
}

interface PanoramaArgs {
  filter?: {
    membreDeclic?: boolean | null;
    region?: string | null;
    departement?: string | null;
    donneesReelles?: boolean | null;
  } | null;
  date?: string | null;
}

function panoramaArgs(info: GraphQLResolveInfo): PanoramaArgs {
  const node = rootField(info);
  const definition = info.schema.getQueryType()?.getFields()[node?.name.value ?? ''];
  return node && definition
    ? (getArgumentValues(definition, node, info.variableValues) as PanoramaArgs)
    : {};
}

/** The panorama's perimeter in words: which operators, where, on which day. */
export function livePerimeter(args: PanoramaArgs, today: string): string {
  const filter = args.filter ?? {};
  const who =
    filter.membreDeclic === true
      ? 'les opérateurs membres de Déclic'
      : filter.membreDeclic === false
        ? 'les opérateurs non membres de Déclic'
        : 'tous les opérateurs';
  const where = filter.departement
    ? ` intervenant dans le département ${filter.departement}`
    : filter.region
      ? ` intervenant dans la région ${filter.region}`
      : '';
  const real = filter.donneesReelles ? ', données réelles seulement' : '';
  const day = args.date ? `le réseau au ${args.date}` : `le réseau d'aujourd'hui (${today})`;
  return `${who}${where} du graphe, ${day}${real}`;
}

export const studyComparisonResolvers: Resolvers = {
  Panorama: {
    etude2020: (panorama, _args, _context, info) => {
      const perimetreActuel = livePerimeter(panoramaArgs(info), today());
      return STUDY_FIGURES.map((figure) => {
        const live = liveOf(panorama, figure);
        return {
          cle: figure.cle,
          libelle: figure.libelle,
          unite: figure.unite,
          etude: figure.valeur,
          etudeTexte: figure.texte,
          actuel: live.value,
          difference:
            figure.valeur !== null && live.value !== null ? live.value - figure.valeur : null,
          opsnEtude: figure.opsn,
          opsnActuel: live.opsn ?? null,
          reference: figure.reference,
          perimetreEtude: STUDY_PERIMETER,
          perimetreActuel,
        };
      });
    },
  },
};
