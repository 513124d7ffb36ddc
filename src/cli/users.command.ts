import type { Command } from 'commander';
import { ORG_ROLES } from '../domain/roles.js';
import { actorForUser } from '../server/modules/auth/actor.js';
import { createToken } from '../server/modules/auth/tokens.usecases.js';
import { createUser, findUserByEmail } from '../server/modules/auth/users.usecases.js';
import { DomainError } from '../server/http/errors.js';
import { withDatabase } from './open.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function userCommands(program: Command) {
  const user = program.command('user').description('manage sign-in accounts');
  user
    .command('create')
    .description('create a user; the password is read from ORMS_PASSWORD so it stays out of shell history')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .option('--admin', 'installation administrator')
    .option('--analyst', 'system-wide analyst (reads every organization)')
    .option('--role <orgId:role:unitId>', `an organization role; role is one of ${ORG_ROLES.join(', ')}`, collect, [])
    .action((o: { email: string; name: string; admin?: boolean; analyst?: boolean; role: string[] }) =>
      withDatabase(async (services) => {
        const password = process.env.ORMS_PASSWORD;
        if (!password) throw new DomainError('users.password_missing', 400, 'Set ORMS_PASSWORD to the new user\'s password (at least 10 characters).');
        const roles = o.role.map((spec) => {
          const [orgId, role, unitId] = spec.split(':');
          return { orgId: orgId ?? '', role: role as (typeof ORG_ROLES)[number], unitId: unitId ?? '' };
        });
        const installationRole = o.admin ? 'admin' : o.analyst ? 'analyst' : null;
        const created = await createUser(services, { email: o.email, name: o.name, password, installationRole, roles }, 'orms cli');
        console.log(`Created user ${created.email} (${created.id}).`);
      }),
    );
}

export function tokenCommands(program: Command) {
  const token = program.command('token').description('personal API tokens');
  token
    .command('create')
    .description('create an API token for a user and print it once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--days <n>', 'expire after n days', (v) => Number.parseInt(v, 10))
    .action((o: { email: string; name: string; days?: number }) =>
      withDatabase(async (services) => {
        const found = await findUserByEmail(services.db, o.email);
        if (!found) throw new DomainError('users.not_found', 404, `No user with email ${o.email}.`);
        const actor = (await actorForUser(services.db, found.id))!;
        const created = await createToken({ ...services, actor }, { name: o.name, expiresInDays: o.days ?? null });
        console.log(created.token);
      }),
    );
}
