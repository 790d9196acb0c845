/**
 * The three ways of answering a shape: Maillage over HTTP, the generic peer over HTTP, and the
 * hand-written Cypher through neo4j-driver (the floor). Each is a function of the subject (the
 * id or code the request is about) that resolves to the shape's canonical answer.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Post } from '../graphql-client.ts';
import type { Shape } from './shapes.ts';

/** `uncached`: Maillage with its answer cache off (ANSWER_CACHE_MB=0), every request computed. */
export type EngineName = 'maillage' | 'uncached' | 'peer' | 'floor';

export type Ask = (subject: string) => Promise<unknown>;

export function askMaillage(post: Post, shape: Shape): Ask {
  return async (subject) =>
    shape.maillage.canonical(
      (await post(shape.maillage.query, shape.maillage.variables(subject))) as never,
    );
}

export function askPeer(post: Post, shape: Shape): Ask {
  return async (subject) =>
    shape.peer.canonical((await post(shape.peer.query, shape.peer.variables(subject))) as never);
}

/** The floor's rows, as Maillage reads them: a managed read transaction, plain objects. */
export async function runFloor(
  driver: Driver,
  cypherText: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(cypherText, params, {
    database: 'neo4j',
    routing: neo4j.routing.READ,
  });
  return result.records.map((record) => record.toObject());
}

export function askFloor(driver: Driver, shape: Shape): Ask | null {
  const floor = shape.floor;
  if (!floor) return null;
  return async (subject) =>
    floor.canonical(await runFloor(driver, floor.cypher, floor.params(subject)));
}

/**
 * Checks that the three engines give the same canonical answer for every subject, and that
 * the answer is not empty; throws with both answers otherwise.
 */
export async function checkAgreement(
  shape: Shape,
  subjects: readonly string[],
  asks: Array<[EngineName, Ask]>,
): Promise<void> {
  for (const subject of subjects) {
    const answers = await Promise.all(
      asks.map(async ([name, ask]) => [name, JSON.stringify(await ask(subject))] as const),
    );
    const [firstName, reference] = answers[0]!;
    if (reference === '[]' || reference === '{}' || reference === 'null') {
      throw new Error(`${shape.key} (${subject}): ${firstName} answered nothing: ${reference}`);
    }
    for (const [name, answer] of answers.slice(1)) {
      if (answer !== reference) {
        throw new Error(
          `${shape.key} (${subject}): ${name} disagrees with ${firstName}\n` +
            `${firstName}: ${reference.slice(0, 2000)}\n${name}: ${answer.slice(0, 2000)}`,
        );
      }
    }
  }
}
