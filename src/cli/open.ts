import { loadConfig } from '../server/config.js';
import type { Services } from '../server/context.js';
import type { Database } from '../server/db/database.js';
import { openConfiguredDatabase, servicesFor } from '../server/main.js';

/** Opens the configured database (migrated) for one command and closes it afterwards. */
export async function withDatabase<T>(run: (services: Services, database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await run(servicesFor({ ...config, logLevel: 'warn' }, database), database);
  } finally {
    await database.close();
  }
}
