/**
 * The generic peer as its users would serve it: @neo4j/graphql 7 over the same Neo4j, Apollo
 * Server 5 standalone, a plain neo4j-driver with its default settings. Started in its own
 * process by bench/peer-bench.ts (`node --import tsx bench/peer/server.ts`); configured by the
 * same variables as Maillage's server (PORT, HOST, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './type-defs.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const driver = neo4j.driver(
  required('NEO4J_URI'),
  neo4j.auth.basic(required('NEO4J_USER'), required('NEO4J_PASSWORD')),
);
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(required('PORT')), host: process.env.HOST ?? '127.0.0.1' },
});
process.stderr.write(`peer (@neo4j/graphql) ready at ${url}\n`);
