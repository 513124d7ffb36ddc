import type { Command } from 'commander';
import { demoSignIns, isSeeded, seedDemo } from '../server/db/seed/demo.js';
import { withDatabase } from './open.js';
import { printSignIns } from './sign-ins.js';

export function dbCommands(program: Command) {
  program
    .command('migrate')
    .description('apply database migrations (embedded PGlite, or DATABASE_URL)')
    .action(() => withDatabase(async (_s, database) => console.log(`Database (${database.kind}) is up to date.`)));

  program
    .command('seed')
    .description('load data')
    .requiredOption('--demo', 'load the demo organizations')
    .action(() =>
      withDatabase(async (services) => {
        if (await isSeeded(services)) {
          console.log('The database already has organizations; the demo is loaded only into an empty database.');
          return;
        }
        const started = Date.now();
        process.stdout.write('Loading the demo organizations… ');
        await seedDemo(services);
        console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        printSignIns(demoSignIns());
      }),
    );
}
