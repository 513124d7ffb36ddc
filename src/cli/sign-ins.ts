import { DEMO_PASSWORD, type DemoSignIn } from '../server/db/seed/demo.js';

export function printSignIns(signIns: DemoSignIn[]) {
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  let current = '';
  for (const s of signIns) {
    if (s.organization !== current) console.log(`  ${(current = s.organization)}`);
    console.log(`    ${s.role.padEnd(22)} ${s.email}`);
  }
}
