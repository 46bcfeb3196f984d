import type { Messages } from '../Messages';

/** The de catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const deReplies: Messages['replies'] = {
  reports: {
    audiences: { internal: 'intern', management: 'Management', customer: 'Kunden', external: 'extern' },
    exportSummary: '„{title}“ nach Word und Markdown exportieren.',
    noApprover:
      'Ein Bericht mit der Zielgruppe „{audience}“ kann erst exportiert werden, wenn eine zweite Person ihn freigibt, und es ist keine freigebende Person konfiguriert. Wenden Sie sich an eine Administratorin oder einen Administrator.',
    selfApprover:
      'Ein Bericht mit der Zielgruppe „{audience}“ braucht eine zweite freigebende Person, und Sie sind selbst als freigebende Person konfiguriert. Bitten Sie die Administration, jemand anderen zu benennen.',
    approverCannotReadOne:
      '{approver} kann diesen Bericht nicht freigeben: {unreadable} seiner {count} Quellen ist ein Dokument, das diese Person nicht lesen darf, daher wurde er nicht zur Freigabe gesendet. Erstellen Sie ihn mit einem engeren Thema neu, oder wenden Sie sich an die Administration.',
    approverCannotReadMany:
      '{approver} kann diesen Bericht nicht freigeben: {unreadable} seiner {count} Quellen sind Dokumente, die diese Person nicht lesen darf, daher wurde er nicht zur Freigabe gesendet. Erstellen Sie ihn mit einem engeren Thema neu, oder wenden Sie sich an die Administration.',
    theApprover: 'die konfigurierte freigebende Person',
    waiting: 'Wartet auf Freigabe durch {approver}. Sie sehen die Entscheidung hier.',
    approved: 'Freigegeben von {approver}.',
    approvedComment: 'Freigegeben von {approver}: {comment}',
    rejected: 'Abgelehnt von {approver}.',
    rejectedComment: 'Abgelehnt von {approver}: {comment}',
    aColleague: 'Eine Kollegin oder ein Kollege',
    approvalAsked:
      '{asker} bittet Sie, diesen Bericht (Zielgruppe „{audience}“) freizugeben. Mit der Freigabe wird er für diese Person nach Word und Markdown exportiert; bei einer Ablehnung erhält sie Ihren Kommentar.',
    nothingExported: 'Es wurde nichts exportiert.',
    youCannotApproveOne:
      'Sie können diesen Bericht nicht freigeben: {unreadable} seiner Quellen ist ein Dokument, das Sie nicht lesen dürfen. Es wurde nichts exportiert; bitten Sie die Autorin oder den Autor, ihn aus Dokumenten zu erstellen, die Sie beide lesen dürfen.',
    youCannotApproveMany:
      'Sie können diesen Bericht nicht freigeben: {unreadable} seiner Quellen sind Dokumente, die Sie nicht lesen dürfen. Es wurde nichts exportiert; bitten Sie die Autorin oder den Autor, ihn aus Dokumenten zu erstellen, die Sie beide lesen dürfen.',
    neverSent: 'Dieser Bericht wurde nie zur Freigabe gesendet.',
    notFound:
      'Diesen Bericht gibt es nicht, oder Sie dürfen ihn nicht exportieren. Erstellen Sie ihn erneut.',
    onlyApprover: 'Nur die konfigurierte zweite freigebende Person kann diesen Bericht freigeben.',
    onlyAuthor: 'Nur die Person, die den Bericht erstellt hat, kann ihn exportieren.',
    approverNotReachedTitle: 'Freigebende Person nicht erreicht',
    approverNotReached:
      'Ich konnte die Freigabeanfrage gerade nicht in Teams an die freigebende Person senden (die App ist für sie vielleicht nicht installiert). Bitten Sie sie, die App zu öffnen, und versuchen Sie es erneut, oder wenden Sie sich an die Administration.',
    exported: '„{title}“ exportiert: Word {docx} · Markdown {markdown}',
    exportedOneDrive:
      '„{title}“ in das OneDrive der Autorin oder des Autors exportiert: Word {docx} · Markdown {markdown}',
    storeUnavailable:
      'OneDrive ist gerade nicht verfügbar, daher wurde der Bericht nicht exportiert. Bitten Sie mich in einer Minute erneut, ihn zu exportieren.',
    storeDenied:
      'Der Bericht konnte nicht im OneDrive der Autorin oder des Autors gespeichert werden (Zugriff verweigert oder kein OneDrive für diese Person). Die Administration sollte die Berechtigung Files.ReadWrite.All der App prüfen.',
    storeTooLarge:
      'Der exportierte Bericht ist größer als 4 MB und damit zu groß für den Upload nach OneDrive.',
    nothingRelevant:
      'Ich habe in den Dokumenten, auf die Sie zugreifen können, nichts Relevantes zu diesem Thema gefunden und daher keinen Bericht erstellt.',
    nothingRelevantEveryoneHere:
      'Ich habe in den Dokumenten, auf die alle hier zugreifen können, nichts Relevantes zu diesem Thema gefunden und daher keinen Bericht erstellt.',
  },
  tickets: {
    priorities: { low: 'niedriger', normal: 'normaler', high: 'hoher', urgent: 'dringender' },
    statuses: { new: 'neu', active: 'in Bearbeitung', resolved: 'gelöst', closed: 'geschlossen' },
    keptPrivateTitle: 'Tickets sind privat',
    keptPrivate:
      'Ihre Tickets sind privat, deshalb zeige ich sie nicht dort, wo andere mitlesen. Fragen Sie mich in unserem 1:1-Chat.',
    checkForm:
      'Prüfen Sie das Ticketformular und wählen Sie „Ticket anlegen“. Es wird nichts angelegt, bevor Sie bestätigen.',
    addTitle: 'Geben Sie einen Titel mit mindestens {min} Zeichen ein.',
    notAnswered:
      'Das Ticketsystem hat nicht geantwortet, daher ist das Ticket möglicherweise noch nicht angelegt. Wählen Sie in einer Minute erneut „Ticket anlegen“; es wird nicht doppelt angelegt.',
    proposal: 'Ticket der Kategorie {category} mit {priority} Priorität anlegen: „{title}“.',
    noTitleYet: '(noch kein Titel)',
    filed: 'Ticket {id} angelegt.',
    none: 'Sie haben noch keine Tickets.',
    listItem: '#{id} ({status})',
    notFoundTitle: 'Ticket nicht gefunden',
    notFound:
      'Ich habe kein von Ihnen angelegtes Ticket {id} gefunden. Schreiben Sie „my tickets“, um Ihre Tickets zu sehen.',
    status: 'Ticket {id}: {status}.',
    backendDenied:
      'Das Ticketsystem hat den Zugriff des Assistenten verweigert. Bitte informieren Sie den IT-Support.',
    backendUnavailable:
      'Das Ticketsystem ist gerade nicht verfügbar. Bitte versuchen Sie es in einer Minute erneut.',
    backendRejected: 'Das Ticketsystem hat die Anfrage abgelehnt. Bitte informieren Sie den IT-Support.',
  },
  confirm: {
    unknown: 'Diese Bestätigung ist ungültig.',
    expired: 'Diese Bestätigung ist abgelaufen. Fragen Sie erneut, um eine neue Karte zu erhalten.',
    used: 'Das wurde bereits bestätigt.',
    cancelled:
      'Das wurde abgebrochen, es ist also nichts geschehen. Fragen Sie erneut, um eine neue Karte zu erhalten.',
    wrong_user: 'Nur die Person, die gefragt hat, kann das bestätigen.',
    wrong_skill: 'Diese Bestätigung gehört zu einer anderen Aktion.',
  },
  router: {
    whichTicket: 'Welche Ticketnummer?',
    whatProblem: 'Was ist das Problem? Beschreiben Sie es in einem Satz (was, wo, seit wann).',
    reportTopic: 'Worum soll es in dem Bericht gehen?',
    giveTicketNumber: 'Bitte geben Sie die Ticketnummer an, z. B. 12.',
  },
  teams: {
    cardOnlyTitle: 'Diese Nachricht enthält nur eine Karte',
    cardOnly:
      'Ich beantworte Fragen, die in Worten geschrieben sind. Geben Sie Ihre Frage ein, oder schreiben Sie „Hilfe“, um zu sehen, was ich kann. Suchergebnisse, die Sie mit der Nachrichtenerweiterung einfügen, sind zum Teilen mit anderen gedacht.',
    sentPrivately: 'Ich habe Ihnen die vollständige Antwort in unserem Chat geschickt.',
    notSentPrivately:
      'Ich konnte gerade keinen Chat mit Ihnen öffnen. Stellen Sie mir die Frage in einem 1:1-Chat, um die vollständige Antwort zu erhalten.',
  },
  access: {
    groupsUnchecked:
      'Ihre Gruppenmitgliedschaften konnten gerade nicht geprüft werden, daher wurden nur Dokumente durchsucht, die für alle freigegeben sind.',
    membersUnchecked:
      'Die Mitglieder dieser Unterhaltung konnten gerade nicht geprüft werden, daher wurden nur Dokumente durchsucht, die für alle freigegeben sind.',
    externalMember:
      'Jemand außerhalb der Organisation nimmt an dieser Unterhaltung teil, daher wurde nur durchsucht, was diese Person lesen darf.',
  },
  model: {
    writing: 'Die Antwort wird aus den Dokumenten geschrieben, auf die Sie zugreifen können…',
    interrupted: 'Die Antwort wurde unterbrochen. Bitte versuchen Sie es erneut.',
  },
  extensions: {
    fromMessage: '— Aus einer Teams-Nachricht',
    fromMessageBy: '— Aus einer Teams-Nachricht von {author}',
    emptySearch:
      'Geben Sie ein paar Wörter ein, um die Dokumente zu durchsuchen, auf die Sie zugreifen können, zum Beispiel „Bremsfading-Test“ oder „VPN“.',
    fileTicketTitle: 'Ticket aus dieser Nachricht anlegen',
    noText:
      'Diese Nachricht enthält keinen Text, aus dem ein Ticket angelegt werden kann. Öffnen Sie stattdessen den Bot und beschreiben Sie das Problem.',
    discarded: 'Verworfen. Es wurde nichts angelegt.',
    noMatch:
      'Keine Dokumente, auf die Sie zugreifen können, passen zu dieser Suche. Versuchen Sie andere Wörter oder den Namen der Norm.',
    unknownCommand:
      'Der Suchbefehl dieser App ist „{command}“ (Parameter „query“). Suchen Sie mit dieser Befehls-ID oder ohne.',
    gone: 'Dieses Dokument ist nicht mehr verfügbar. Suchen Sie erneut.',
    searchTooLong: 'Suchen Sie mit höchstens {max} Zeichen.',
    searchInvalid: 'Der Suchtext ist ungültig.',
  },
  tips: {
    completeQuestion:
      'Stellen Sie eine vollständige Frage zu einem Thema, zum Beispiel zu einem Test, einem Bauteil oder einem Verfahren.',
    broaderWords:
      'Verwenden Sie allgemeinere oder einfachere Wörter: Kein Dokument, das Sie lesen dürfen, passt zu dieser Frage.',
    ownVocabulary:
      'Verwenden Sie die Begriffe der Dokumente, z. B. einen Produkt- oder Teilenamen, eine Norm oder einen Dokumenttitel.',
    nameSubject: 'Nennen Sie das Produkt, das Team oder den Standort, um den es geht.',
    shorterQuestion: 'Stellen Sie eine kürzere Frage zu einem Thema.',
    otherWords: 'Versuchen Sie andere Wörter für dasselbe, etwa den Begriff aus den Dokumenten.',
    nameBrand: 'Nennen Sie die Marke, wenn es um eine geht ({brands}).',
    languages: 'Die Dokumente sind auf {languages}: Wörter in einer dieser Sprachen finden am meisten.',
  },
};
