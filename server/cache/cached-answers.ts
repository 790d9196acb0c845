/**
 * The answer cache, whole: which requests may be answered from memory, when an answer kept is
 * served, under which revision of the graph an answer is kept, and Apollo's side of it. The
 * HTTP endpoint asks `lookup` before Apollo and hands the request's context to `adopt`; the
 * rest of the server knows nothing of it.
 *
 * What may be cached: an anonymous POST whose operation is a query, answered without error.
 * A request with a token always runs (what it may see depends on who it is).
 *
 * Never older than a write, by any path. Every write transaction, whoever runs it (this
 * server, another server on the same Neo4j, an import, the seed), increments the revision
 * counter before it commits (server/graph/revision.ts, Graph.writeTransaction). An answer is
 * kept under a revision L only if every write numbered up to L had committed before each of
 * its reads started; it is served to a request only if the revision read after that request
 * arrived is still L. A write committed before the request arrived carries a number at most
 * the revision the request reads, that is L: the answer's reads started after it committed,
 * so the answer holds it.
 *
 * How L is learned, in one round trip:
 * - a request whose key has no answer kept (the usual miss) does not read the revision on its
 *   own: its first reads carry the revision's read in the same statement, planned before them
 *   (RevisionProbe and withRevision in server/graph/db.ts). L is the lowest revision they
 *   read; reads sent after one of them answered start later still. A request whose reads
 *   return no row learns no revision, and its answer is not kept.
 * - a request whose key has an answer kept must know the current revision to be served: it
 *   reads it (RevisionWatch, one read shared by the requests that arrive meanwhile, started
 *   after each of them arrived). If it moved, the request runs and its answer is kept under
 *   the revision just read, which was read before any of its reads.
 * - an answer that read nothing from the graph (`{ __typename }`) holds at every revision.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { RevisionProbe, type Graph } from '../graph/db.ts';
import { currentRevision } from '../graph/revision.ts';
import { AnswerCache, answerKey } from './answer-cache.ts';
import { RevisionWatch } from './revision-watch.ts';

/** What a request that may be cached needs to keep its answer. */
export interface AnswerSlot {
  key: string;
  /** The revision read before the request's own reads, when it was (null: its reads carry it). */
  revision: number | null;
  /** Decided once Apollo has answered: kept under this revision, at every one, or not at all. */
  keepAs: number | 'always' | null;
}

/** What the endpoint knows of a request before Apollo parses it. */
export interface CacheableRequest {
  method: string | undefined;
  authorization: string | undefined;
  body: { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
}

export type Lookup = { answer: string } | { answer: null; slot: AnswerSlot | null };

const NOT_CACHED: Lookup = { answer: null, slot: null };

export class CachedAnswers {
  private readonly store: AnswerCache;
  private readonly revisions: RevisionWatch;
  /** Keyed by the request's own Graph: Apollo hands plugins a shallow copy of the context. */
  private readonly slots = new WeakMap<Graph, AnswerSlot>();

  /** `bytes` of answers at most (0 keeps none); the revision read within `budgetMs`. */
  constructor(graph: Graph, options: { bytes: number; budgetMs: number }) {
    this.store = new AnswerCache(options.bytes);
    this.revisions = new RevisionWatch(() => currentRevision(graph.withBudget(options.budgetMs)));
  }

  get enabled(): boolean {
    return this.store.enabled;
  }

  /** Answers kept for the current revision (tests read it). */
  get size(): number {
    return this.store.size;
  }

  /**
   * An answer kept for this request, or what it needs to keep its own. Rejects (with the
   * API's DATABASE_UNAVAILABLE or QUERY_TIMEOUT) when the revision cannot be read.
   */
  async lookup(request: CacheableRequest): Promise<Lookup> {
    const query = request.body?.query;
    if (
      !this.store.enabled ||
      request.method !== 'POST' ||
      request.authorization ||
      typeof query !== 'string'
    ) {
      return NOT_CACHED;
    }
    const key = answerKey(query, request.body?.operationName, request.body?.variables);
    const constant = this.store.getConstant(key);
    if (constant !== null) return { answer: constant };
    // Nothing kept for this key: the revision is not worth a round trip of its own.
    if (!this.store.has(key)) return { answer: null, slot: { key, revision: null, keepAs: null } };
    const revision = await this.revisions.fresh();
    const answer = this.store.get(key, revision);
    if (answer !== null) return { answer };
    return { answer: null, slot: { key, revision, keepAs: null } };
  }

  /** Binds the slot `lookup` gave to the request's context, before Apollo runs it. */
  adopt(context: { graph: Graph }, slot: AnswerSlot | null): void {
    if (!slot) return;
    this.slots.set(context.graph, slot);
    if (slot.revision === null) context.graph.revisionProbe = new RevisionProbe();
  }

  /** Decides whether a request's answer is kept: a query answered without error. */
  plugin<Context extends { graph: Graph }>(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, response }) => {
          const slot = this.slots.get(contextValue.graph);
          if (!slot || operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const { graph } = contextValue;
          slot.keepAs =
            graph.queryCount === 0
              ? 'always'
              : (slot.revision ?? graph.revisionProbe?.lowest ?? null);
        },
      }),
    };
  }

  /** Keeps the answer as Apollo wrote it (serialised once), if the plugin said it may be. */
  keep(slot: AnswerSlot | null, body: string): void {
    if (!slot || slot.keepAs === null) return;
    if (slot.keepAs === 'always') this.store.setConstant(slot.key, body);
    else this.store.set(slot.key, slot.keepAs, body);
  }
}
