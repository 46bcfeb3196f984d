import { TableApprovalStore } from '../../../skills/reports/approval/TableApprovalStore';
import { azureStoreFactory } from '../../support/azureStoreFactory';
import { approvalStoreContract } from './ApprovalStore.contract';

approvalStoreContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory((storage) => new TableApprovalStore({ table: storage.table('approvals') })),
);
