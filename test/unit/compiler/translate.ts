/**
 * GraphQL in, Cypher and parameters out, without a database (in the manner of @neo4j/graphql's
 * TCK): a request runs against the API's schema whose top-level reads only compile — `node`
 * gives the projection of its node, each list the whole query of its page — and the
 * translations are returned in the order the fields were resolved.
 */
import { buildASTSchema, graphql, parse, type GraphQLSchema } from 'graphql';
import { listQueryFor, type ListName } from '../../../server/graph/lists.ts';
import type { Params } from '../../../server/graph/db.ts';
import { compileNode, compilePageItems } from '../../../server/graph/selection/compile.ts';
import { READ_MODEL, type ReadModel } from '../../../server/graph/selection/read-model.ts';
import { parseId } from '../../../server/ids.ts';
import { pageWindow } from '../../../server/input/pages.ts';
import { luceneQuery } from '../../../server/input/text.ts';
import { readTypeDefs } from '../../../server/schema.ts';

export interface Translation {
  /** The Cypher, every run of white space as one space. */
  cypher: string;
  params: Params;
}

const LISTS: readonly ListName[] = [
  'communes',
  'epcis',
  'departements',
  'regions',
  'opsns',
  'editeurs',
  'logiciels',
  'services',
  'partenaires',
];

interface ListArgs {
  filter?: Record<string, unknown> | null;
  ordre?: 'NOM' | 'CODE' | 'POPULATION' | null;
  first?: number | null;
  after?: string | null;
}

/** White space as the compiler's indentation leaves it does not change a query. */
export const cypher = (text: string) => text.replace(/\s+/g, ' ').trim();

export function apiSchema(extraTypeDefs = ''): GraphQLSchema {
  return buildASTSchema(parse(`${readTypeDefs()}\n${extraTypeDefs}`));
}

const SCHEMA = apiSchema();

/** The translations of a request's top-level reads; a read that cannot be compiled gives null. */
export async function translate(
  source: string,
  variableValues: Record<string, unknown> = {},
  { schema = SCHEMA, model = READ_MODEL }: { schema?: GraphQLSchema; model?: ReadModel } = {},
): Promise<(Translation | null)[]> {
  const translations: (Translation | null)[] = [];
  const query = schema.getQueryType()!.getFields();
  query.node!.resolve = (_parent, args: { id: string }, _context, info) => {
    const compiled = compileNode(info, 'n', parseId(args.id).label, model);
    translations.push(compiled && { cypher: cypher(compiled.projection), params: compiled.params });
    return null;
  };
  for (const list of LISTS) {
    query[list]!.resolve = (_parent, args: ListArgs, _context, info) => {
      const { nonServiesPar, ...filter } = args.filter ?? {};
      // The white zones of a service or of a software, as the resolver tells them apart.
      if (typeof nonServiesPar === 'string') {
        const kind = nonServiesPar.startsWith('service:') ? 'Service' : 'Logiciel';
        filter[`nonServiesPar${kind}`] = nonServiesPar;
      }
      const { query: built, params } = listQueryFor(
        list,
        {
          lucene: luceneQuery(filter.texte as string | undefined),
          ordre: args.ordre ?? 'NOM',
          ...pageWindow(args.first, args.after),
          filters: filter,
        },
        compilePageItems(info, 'n', model),
      );
      translations.push({ cypher: cypher(built.text), params });
      return null;
    };
  }
  const result = await graphql({ schema, source, variableValues });
  const refused = result.errors?.find((error) => !/Cannot return null/.test(error.message));
  if (refused) throw refused;
  return translations;
}
