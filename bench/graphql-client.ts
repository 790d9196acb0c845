/**
 * A minimal GraphQL client over one keep-alive connection (node:http), so that the API timings
 * carry as little client cost as the direct ones do.
 */
import { Agent, request } from 'node:http';

export type Post = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

export function graphqlClient(url: string): { post: Post; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const post: Post = (query, variables) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              data?: unknown;
              errors?: unknown[];
            };
            if (parsed.errors || response.statusCode !== 200) {
              reject(new Error(`GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`));
            } else resolve(parsed.data);
          });
          response.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
