import type { Command } from 'commander';
import { verifyAuditTrail } from '../server/modules/audit/audit.usecases.js';
import { withDatabase } from './open.js';

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('recompute the hash chain and report any edited, inserted or deleted entry (exit 1 if any)')
    .action(() =>
      withDatabase(async (services) => {
        const interactive = process.stderr.isTTY;
        const result = await verifyAuditTrail(services.db, (n) => interactive && process.stderr.write(`\rchecked ${n} entries…`));
        if (interactive) process.stderr.write('\n');
        if (result.ok) {
          console.log(`Audit trail intact: ${result.checked} entries, head ${result.headHash}.`);
          return;
        }
        console.log(`Audit trail BROKEN: ${result.problems.length} problem(s) in ${result.checked} entries.`);
        for (const p of result.problems) console.log(`  entry ${p.seq}: ${p.problem}`);
        process.exitCode = 1;
      }),
    );
}
