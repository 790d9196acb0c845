/** `npm run db:start` / `npm run db:stop`: the project's own Neo4j in the background. */
import { join } from 'node:path';
import { loadConfig } from '../server/config.ts';
import {
  localPassword,
  ProvisioningError,
  startNeo4jDetached,
  stopNeo4jDetached,
} from '../db/local-neo4j.ts';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const home = join(config.dataDir, 'neo4j');
  if (command === 'start') {
    const password = config.NEO4J_PASSWORD ?? localPassword(config.dataDir);
    const uri = await startNeo4jDetached({
      home,
      boltPort: config.NEO4J_BOLT_PORT,
      password,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log: console.log,
    });
    console.log(
      `Neo4j écoute sur ${uri} (utilisateur neo4j, mot de passe dans ${join(config.dataDir, 'neo4j-password')}).`,
    );
    console.log(`Pour que l'API l'utilise : NEO4J_URI=${uri} NEO4J_PASSWORD=… npm start`);
  } else if (command === 'stop') {
    const stopped = await stopNeo4jDetached(home);
    console.log(stopped ? 'Neo4j arrêté.' : 'Aucun Neo4j local en marche.');
  } else {
    console.error('Usage : tsx cli/db.ts start|stop');
    process.exit(2);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(
    error instanceof ProvisioningError || error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
