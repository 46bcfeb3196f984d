/**
 * `npm run privacy -- export <user> [--out <file.json>]` writes every record the stores hold about the user
 * (Entra object id or local id) as one JSON document: conversation state, feedback with its answers, the answer
 * log, audit records, tickets, reports and approval requests (`PersonalDataExport`), to stdout unless `--out`.
 * `npm run privacy -- erase <user>` deletes them, except audit records, whose personal fields are replaced by
 * the user's keyed pseudonym (the chain still verifies), and prints how many records of each kind went.
 * Kinds this deployment's backends cannot cover are listed (`notCovered`). Exit 0 on success, 1 on a store
 * error, 2 on bad usage or configuration.
 */
import fs from 'node:fs';
import { erasePersonalData, personalDataOf } from '../../skills/privacy/personalDataOf';
import { withComposedServices } from './withComposedServices';
import { runCliMain } from './runCliMain';

const USAGE = 'usage: npm run privacy -- export <user> [--out <file.json>] | erase <user>';

async function main(argv: string[]): Promise<number> {
  const [command, user, flag, out] = argv;
  const valid =
    user !== undefined &&
    /^[A-Za-z0-9._@:-]{1,128}$/.test(user) &&
    ((command === 'export' && (argv.length === 2 || (argv.length === 4 && flag === '--out' && out))) ||
      (command === 'erase' && argv.length === 2));
  if (!valid) {
    console.error(USAGE);
    return 2;
  }
  return withComposedServices(async (services) => {
    if (command === 'export') {
      const json = `${JSON.stringify(await personalDataOf(services.holders.personalData, user), null, 2)}\n`;
      if (out) {
        fs.writeFileSync(out, json, { mode: 0o600 });
        console.error(`wrote the records about ${user} to ${out}`);
      } else process.stdout.write(json);
      return 0;
    }
    const result = await erasePersonalData(services.holders.personalData, user);
    for (const [kind, count] of Object.entries(result.erased))
      console.log(`${kind}: ${count} ${kind === 'audit' ? 'pseudonymised' : 'erased'}`);
    for (const kind of result.notCovered)
      console.log(`${kind}: not covered by this deployment's backend (see docs/ADMIN.md)`);
    return 0;
  });
}

runCliMain(main);
