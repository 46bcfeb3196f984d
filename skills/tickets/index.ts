export { draftFromText } from './draftFromText';
export { fileTicketSkill, FILE_TICKET, type FileTicketDeps, type FileTicketParams } from './fileTicketSkill';
export { myTicketsSkill, type MyTicketsDeps } from './myTicketsSkill';
export { SqliteTicketDesk, type SqliteTicketDeskOptions } from './SqliteTicketDesk';
export { AzureDevOpsTicketSystem, type AzureDevOpsTicketSystemOptions } from './AzureDevOpsTicketSystem';
export { TicketBackendError, toTicketAppError, type TicketBackendErrorCode } from './TicketBackendError';
export { TicketEdits } from './ticketSchemas';
export { ticketStatusSkill, type TicketStatusDeps } from './ticketStatusSkill';
export * from './TicketSystem';
