import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '../../server/graph/migrations.ts';
import { openScratchGraph } from '../support/databases.ts';

describe('migrations', () => {
  const scratch = openScratchGraph();
  beforeAll(() => scratch.wipe());
  afterAll(() => scratch.close());

  async function schemaState() {
    const constraints = await scratch.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      { database: 'neo4j' },
    );
    const indexes = await scratch.driver.executeQuery(
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN collect([name, type, labelsOrTypes, properties]) AS all',
      {},
      { database: 'neo4j' },
    );
    return {
      constraints: (constraints.records[0]?.get('names') as string[]).sort(),
      indexes: indexes.records[0]?.get('all'),
    };
  }

  it('are ordered files of idempotent statements', () => {
    const files = readMigrations().map((m) => m.file);
    expect(files).toEqual([...files].sort());
    for (const migration of readMigrations()) {
      for (const statement of migration.statements) {
        // Schema commands say IF NOT EXISTS; data rewrites match only what is not yet rewritten.
        if (/^(CREATE|DROP) /.test(statement)) expect(statement).toMatch(/IF (NOT )?EXISTS/);
        else expect(statement).toMatch(/^MATCH [\s\S]+\sWHERE\s[\s\S]+\sSET\s/);
      }
    }
  });

  it('change nothing when applied again', async () => {
    await applyMigrations(scratch.graph);
    const before = await schemaState();
    await applyMigrations(scratch.graph);
    expect(await schemaState()).toEqual(before);
    expect(before.constraints).toContain('commune_code');
    expect(before.constraints).toContain('opsn_id');
    expect(JSON.stringify(before.indexes)).toContain('nom_recherche');
  });
});
