import { NO_ANSWER_TIPS } from '../../../knowledge/answer/noAnswerSuggestions';
import type { Messages } from '../Messages';

/** The en catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const enReplies: Messages['replies'] = {
  reports: {
    audiences: {
      internal: 'internal',
      management: 'management',
      customer: 'customer',
      external: 'external',
    },
    exportSummary: 'Export "{title}" to Word and Markdown.',
    noApprover:
      'A {audience} report can only be exported after a second person approves it, and no approver is configured. Ask an administrator.',
    selfApprover:
      'A {audience} report needs a second approver, and you are the configured approver. Ask an administrator to name someone else.',
    approverCannotReadOne:
      '{approver} cannot approve this report: {unreadable} of its {count} sources is a document they may not read, so it was not sent for approval. Regenerate it with a narrower topic, or ask an administrator.',
    approverCannotReadMany:
      '{approver} cannot approve this report: {unreadable} of its {count} sources are documents they may not read, so it was not sent for approval. Regenerate it with a narrower topic, or ask an administrator.',
    theApprover: 'the configured approver',
    waiting: 'Waiting for approval from {approver}. You will see the decision here.',
    approved: 'Approved by {approver}.',
    approvedComment: 'Approved by {approver}: {comment}',
    rejected: 'Rejected by {approver}.',
    rejectedComment: 'Rejected by {approver}: {comment}',
    aColleague: 'A colleague',
    approvalAsked:
      '{asker} asks you to approve this {audience} report. Approving exports it to Word and Markdown for them; rejecting sends them your comment.',
    nothingExported: 'Nothing was exported.',
    youCannotApproveOne:
      'You cannot approve this report: {unreadable} of its sources is a document you may not read. Nothing was exported; ask the author to draft it from documents you may both read.',
    youCannotApproveMany:
      'You cannot approve this report: {unreadable} of its sources are documents you may not read. Nothing was exported; ask the author to draft it from documents you may both read.',
    neverSent: 'This report was never sent for approval.',
    notFound: 'That report does not exist, or it is not yours to export. Draft it again.',
    onlyApprover: 'Only the configured second approver can approve this report.',
    onlyAuthor: 'Only the author can export this report.',
    approverNotReachedTitle: 'Approver not reached',
    approverNotReached:
      'I could not send the approval request to the approver in Teams just now (the app may not be installed for them). Ask them to open the app and try again, or ask an administrator.',
    exported: 'Exported "{title}": Word {docx} · Markdown {markdown}',
    exportedOneDrive: 'Exported "{title}" to the author\'s OneDrive: Word {docx} · Markdown {markdown}',
    storeUnavailable:
      'OneDrive is unavailable right now, so the report was not exported. Ask me to export it again in a minute.',
    storeDenied:
      "The report could not be saved to the author's OneDrive (access denied, or no OneDrive for this user). An administrator should check the app's Files.ReadWrite.All permission.",
    storeTooLarge: 'The exported report is larger than 4 MB, too large to upload to OneDrive.',
    nothingRelevant:
      'I found nothing relevant to this topic in the documents you can access, so I did not draft a report.',
    nothingRelevantEveryoneHere:
      'I found nothing relevant to this topic in the documents everyone here can access, so I did not draft a report.',
  },
  tickets: {
    priorities: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
    statuses: { new: 'new', active: 'active', resolved: 'resolved', closed: 'closed' },
    keptPrivateTitle: 'Tickets are private',
    keptPrivate:
      'Your tickets are private, so I don’t show them where other people read along. Ask me in our 1:1 chat.',
    checkForm: 'Check the ticket form and select File ticket. Nothing is filed until you confirm.',
    addTitle: 'Add a title of at least {min} characters.',
    notAnswered:
      'The ticket system did not answer, so the ticket may not be filed yet. Select File ticket again in a minute; it will not be filed twice.',
    proposal: 'File a {priority}-priority {category} ticket: "{title}".',
    noTitleYet: '(no title yet)',
    filed: 'Ticket {id} filed.',
    none: 'You have no tickets yet.',
    listItem: '#{id} ({status})',
    notFoundTitle: 'Ticket not found',
    notFound: 'I found no ticket {id} filed by you. Say "my tickets" to see yours.',
    status: 'Ticket {id} is {status}.',
    backendDenied: 'The ticket system refused the assistant’s access. Please tell IT support.',
    backendUnavailable: 'The ticket system is unavailable right now. Please try again in a minute.',
    backendRejected: 'The ticket system refused the request. Please tell IT support.',
  },
  confirm: {
    unknown: 'This confirmation is not valid.',
    expired: 'This confirmation has expired. Ask again to get a new card.',
    used: 'This was already confirmed.',
    cancelled: 'This was cancelled, so nothing was done. Ask again to get a new card.',
    wrong_user: 'Only the person who asked can confirm this.',
    wrong_skill: 'This confirmation belongs to another action.',
  },
  router: {
    whichTicket: 'Which ticket number?',
    whatProblem: 'What is the problem? Describe it in a sentence (what, where, since when).',
    reportTopic: 'What should the report be about?',
    giveTicketNumber: 'Please give the ticket number, e.g. 12.',
  },
  teams: {
    cardOnlyTitle: 'That message holds only a card',
    cardOnly:
      'I answer questions written in words. Type your question, or say "help" to see what I can do. Search results you insert with the message extension are for sharing with people.',
    sentPrivately: 'I sent you the full answer in your chat with me.',
    notSentPrivately:
      'I could not open a chat with you just now. Ask me the question in a 1:1 chat for the full answer.',
  },
  access: {
    groupsUnchecked:
      'Your group memberships could not be checked just now, so only documents open to everyone were searched.',
    membersUnchecked:
      'The members of this conversation could not be checked just now, so only documents open to everyone were searched.',
    externalMember:
      'Someone from outside the organisation is in this conversation, so only what they may read was searched.',
  },
  model: {
    writing: 'Writing the answer from the documents you can access…',
    interrupted: 'The answer was interrupted. Please try again.',
  },
  extensions: {
    fromMessage: '— From a Teams message',
    fromMessageBy: '— From a Teams message by {author}',
    emptySearch:
      'Type a few words to search the documents you can access, for example "brake fade test" or "VPN".',
    fileTicketTitle: 'File a ticket from this message',
    noText: 'This message has no text to file a ticket from. Open the bot and describe the problem instead.',
    discarded: 'Discarded. Nothing was filed.',
    noMatch: 'No documents you can access match this search. Try other words, or the name of the standard.',
    unknownCommand:
      'This app\'s search command is "{command}" (parameter "query"). Search with that command id, or with none.',
    gone: 'This document is not available any more. Search again.',
    searchTooLong: 'Search with at most {max} characters.',
    searchInvalid: 'The search text is not valid.',
  },
  tips: {
    ...NO_ANSWER_TIPS,
    nameBrand: 'Name the brand if it is about one ({brands}).',
    languages: 'The documents are in {languages}: words from one of these find the most.',
  },
};
