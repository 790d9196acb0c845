/**
 * `npm run token -- --role admin --sub alice@declic.fr [--expires 30d]`
 * `npm run token -- --role opsn-editor --opsn opsn:megalis --sub bob@megalis.bzh`
 * Prints a bearer token signed with the server's keys (see README, configuration).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, tokenKeySettingsOf } from '../server/config.ts';
import { createTokenKeys, ROLES, TokenError, type Role } from '../server/auth/tokens.ts';

const USAGE = [
  'Usage : npm run token -- --role admin|opsn-editor --sub <qui> [--opsn opsn:<clé>] [--expires 30d]',
  'Usage: npm run token -- --role admin|opsn-editor --sub <who> [--opsn opsn:<key>] [--expires 30d]',
].join('\n');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      opsn: { type: 'string' },
      expires: { type: 'string', default: '30d' },
    },
  });
  if (!values.role || !values.sub || !ROLES.includes(values.role as Role)) {
    console.error(USAGE);
    process.exit(2);
  }
  if (!/^\d+\s?(s|m|h|d|w)$/.test(values.expires)) {
    console.error(`--expires : une durée comme 12h ou 30d / a duration such as 12h or 30d`);
    process.exit(2);
  }
  const keys = await createTokenKeys(tokenKeySettingsOf(loadConfig()));
  const token = await keys.sign(
    { subject: values.sub, role: values.role as Role, opsnId: values.opsn },
    values.expires,
  );
  process.stdout.write(token + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof TokenError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
