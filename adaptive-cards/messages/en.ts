import { NO_ANSWER_TIPS } from '../../knowledge/answer/noAnswerSuggestions';
import { LANGUAGE_NAMES } from '../../knowledge/language/languages';
import type { Messages } from './Messages';

/** English: the source catalog and the fallback of every other language. */
export const en: Messages = {
  language: 'en',
  languageNames: LANGUAGE_NAMES,

  answer: {
    answerFromOne: 'Answer from 1 source',
    answerFromMany: 'Answer from {count} sources',
    sources: 'Sources',
    toggleExcerpts: 'Show or hide excerpts',
    aiGenerated: 'AI-generated content may be incorrect.',
    shortened: 'Answer shortened; open the sources for the full text.',
    source: 'Source {n}',
    quotedIn: 'quoted in {language}',
    extractedFooter: 'Extracted from {documents} {readers}. Check the sources before relying on it.',
    writtenFooter:
      'Written by {model} (a language model) from {documents} {readers}. Check the sources before relying on it.',
    documentsYouCanAccess: 'you can access',
    documentsEveryoneHereCanAccess: 'everyone here can access',
    oneDocument: '1 document',
    manyDocuments: '{count} documents',
    leftOut: 'Some sources were left out because not everyone here may read them.',
    sendPrivately: 'Send me the full answer privately',
    sensitivity: 'Sensitivity: {label}',
    notQuoted: 'not quoted here ({label})',
    withheld:
      'Documents labelled above {label} are not quoted in group conversations: open them to read what they say.',
  },
  noAnswer: {
    title: "I couldn't find anything relevant in the documents you can access, so I won't guess an answer.",
    tryThis: 'You could try:',
    said: 'I found nothing relevant in the documents you can access, so I won’t guess.',
    titleEveryoneHere:
      "I couldn't find anything relevant in the documents everyone here can access, so I won't guess an answer.",
    saidEveryoneHere: 'I found nothing relevant in the documents everyone here can access, so I won’t guess.',
  },
  error: {
    title: 'Something went wrong',
    code: 'Error code: {code}',
    unexpected: 'An unexpected error occurred.',
  },
  skills: {
    helpTitle: '{botName}: help',
    helpIntro:
      'Ask a question in your own words. I only use documents you can access, cite a source for every statement, and say so when I find nothing relevant. Skills:',
    helpExamples: 'Example questions (click to send):',
    welcomeTitle: "Hi, I'm {botName}",
    welcomeIntro:
      'I answer questions from the documents you can access and show where each answer comes from. Here is what I can do:',
    welcomeExamples: 'Try one of these:',
    assistant: 'Assistant',
  },
  notice: {
    replyNext: 'Reply in your next message.',
    discarded: 'Discarded',
    nothingDone: 'Nothing was filed, exported or shared.',
  },
  result: {
    untitled: 'Untitled document',
    openDocument: 'Open document',
    restrictedNote:
      'Only the title and link are shown: not everyone in this conversation may read this document, or its sensitivity label keeps it from being quoted here.',
    restrictedWarning:
      'Not everyone here may read this document, or its sensitivity label keeps it from being quoted here: only its title and link will be inserted.',
  },
  tickets: {
    show: 'Show ticket {id}',
    formTitle: 'New ticket: check and confirm',
    formIntro:
      'I prefilled this from your message. Nothing is filed until you select File ticket; edit any field first.',
    title: 'Title',
    titlePlaceholder: 'What is wrong, in one line',
    titleError: 'Enter a title of 3 to 200 characters.',
    description: 'Description',
    descriptionPlaceholder: 'What happened, where, since when, what you already tried',
    category: 'Category',
    categoryError: 'Choose a category.',
    priority: 'Priority',
    priorityError: 'Choose a priority.',
    brand: 'Brand',
    component: 'Affected equipment or service',
    componentPlaceholder: 'e.g. simulator, VPN, room 4.12',
    file: 'File ticket',
    discard: 'Discard',
    filed: 'Ticket {id} filed',
    followUp: 'Ask "status of ticket {id}" or "my tickets" to follow it up.',
    open: 'Open ticket',
    statusLine: 'Ticket {id}: {status}',
    none: 'You have no tickets yet. Say "open a ticket:" followed by the problem to file one.',
    yours: 'Your tickets',
    yoursCount: 'Your tickets ({count})',
    yoursOf: 'Your tickets ({count} of {total}, newest first)',
    noTitle: '(no title)',
    priorities: {
      low: 'Low',
      normal: 'Normal',
      high: 'High (blocks my work)',
      urgent: 'Urgent (safety or production stop)',
    },
    notBrandSpecific: 'Not brand-specific',
    other: 'Other',
    statuses: { new: 'New', active: 'In progress', resolved: 'Resolved', closed: 'Closed' },
    facts: {
      status: 'Status',
      priority: 'Priority',
      category: 'Category',
      brand: 'Brand',
      affects: 'Affects',
      filedFor: 'Filed for',
      filed: 'Filed',
    },
  },
  reports: {
    reject: 'Reject',
    commentLabel: 'Comment for the author (optional; shown with your decision)',
    moreSources: '… and {count} more sources in the export.',
    shortenedCounts:
      'Preview shortened: {shown} of {all} findings in {sections} of {allSections} sections shown. The exported file has the full report.',
    shortenedText: 'Preview shortened; the exported file has the full text.',
    writtenFooter:
      'Written by {model} from {documents}; every statement cites its sources. Check the sources before sharing.',
    extractedFooter:
      'Extracted from {documents}; every statement quotes its source. Check the sources before sharing.',
    documentsOne: '1 document the author can access',
    documentsMany: '{count} documents the author can access',
    audienceReport: '{audience} report',
    needsApprover: 'export needs a second approver',
    sensitivity: 'Sensitivity: {label}',
    brand: 'Brand: {name}',
    period: 'Period: {period}',
    drafted: 'Drafted {date}',
    downloadWord: 'Download Word (.docx)',
    downloadMarkdown: 'Download Markdown (.md)',
    openWord: 'Open Word (.docx)',
    openMarkdown: 'Open Markdown (.md)',
    approvedBy: 'Approved by {name}.',
    approvedComment: 'Comment: {comment}',
    approvedBySecond: 'Approved by a second person.',
    sectionsOne: '1 section',
    sectionsMany: '{count} sections',
    findingsOne: '1 finding',
    findingsMany: '{count} findings',
    sourcesOne: '1 source',
    sourcesMany: '{count} sources',
    savedOneDrive: "Saved in the author's OneDrive, folder Reports.",
    audiences: { internal: 'Internal', management: 'Management', customer: 'Customer', external: 'External' },
    summary: 'Summary',
    openQuestions: 'Open questions',
    sources: 'Sources',
    changeLabel: 'What should change? (optional, then Regenerate)',
    changePlaceholder: 'e.g. focus on one test',
    regenerate: 'Regenerate',
    discard: 'Discard',
    export: 'Export',
    approveAndExport: 'Approve and export',
    exported: 'Report exported',
    noDownloads: 'Download links are not available here; ask the bot again for the report.',
    report: 'Report',
    section: 'Section',
    source: 'Source {n}',
  },
  replies: {
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
      noText:
        'This message has no text to file a ticket from. Open the bot and describe the problem instead.',
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
  },
  errors: {},
};
