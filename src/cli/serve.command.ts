import type { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { demoSignIns, hasDemo, isSeeded, seedDemo } from '../server/db/seed/demo.js';
import { openConfiguredDatabase, servicesFor, startServer } from '../server/main.js';
import { printSignIns } from './sign-ins.js';

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('serve the web UI and the API')
    .option('--demo', 'load the demo organizations when the database is empty')
    .action(async (options: { demo?: boolean }) => {
      const started = Date.now();
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      const services = servicesFor(config, database);
      await database.migrate();
      if (options.demo && !(await isSeeded(services))) {
        process.stdout.write('First run: loading the demo organizations… ');
        await seedDemo(services);
        console.log('done.');
      }
      const server = await startServer(config, database, services);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => void server.stop().then(() => process.exit(0)));
      }
      if (await hasDemo(services)) printSignIns(demoSignIns());
      if (!config.smtpUrl) console.log('\nMail is not configured (SMTP_URL): reminders wait in the outbox until it is.');
      console.log(`\nORMS is running at ${server.url} (database: ${database.kind}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Press Ctrl+C to stop.`);
    });
}
