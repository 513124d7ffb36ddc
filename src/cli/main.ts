import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../server/config.js';
import { DataDirectoryLocked } from '../server/db/lock.js';
import { DomainError } from '../server/http/errors.js';
import { auditCommands } from './audit.command.js';
import { dbCommands } from './db.command.js';
import { serveCommand } from './serve.command.js';
import { tokenCommands, userCommands } from './users.command.js';

const program = new Command()
  .name('orms')
  .description('ORMS — Organizational Resilience Management System')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

serveCommand(program);
dbCommands(program);
userCommands(program);
tokenCommands(program);
auditCommands(program);

/** Exit codes: 0 done, 1 a check failed (e.g. audit verify), 2 usage or input error, 3 environment (database busy or unreachable). */
try {
  loadConfig(); // fail early, with the variable's name, on bad configuration
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof DataDirectoryLocked) {
    console.error(`orms: ${err.message}`);
    process.exit(3);
  }
  if (err instanceof DomainError || err instanceof InvalidArgumentError) {
    console.error(`orms: ${err.message}`);
    for (const issue of (err as DomainError).issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
    process.exit(2);
  }
  console.error(`orms: ${(err as Error).message}`);
  process.exit(err instanceof Error && /ECONNREFUSED|ENOTFOUND|password authentication/.test(err.message) ? 3 : 1);
}
