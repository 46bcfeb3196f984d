import { AzureDevOpsTicketSystem } from '../../../skills/tickets/AzureDevOpsTicketSystem';
import { startFakeAzureDevOps } from '../../support/fakeAzureDevOps';
import { ticketSystemContract } from './TicketSystem.contract';

const PAT = 'pat-secret-0123456789abcdef';

ticketSystemContract('Azure DevOps (loopback fake of the work item API)', async () => {
  const fake = await startFakeAzureDevOps({ pat: PAT });
  return {
    open: async () =>
      new AzureDevOpsTicketSystem({
        organizationUrl: fake.organizationUrl,
        project: fake.project,
        auth: { pat: PAT },
        maxRetryDelayMs: 2000,
        defaultRetryDelayMs: 1,
      }),
    cleanup: () => fake.stop(),
  };
});
