import type { Messages } from '../Messages';

/** The it catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const itReplies: Messages['replies'] = {
  reports: {
    audiences: {
      internal: 'interno',
      management: 'per la direzione',
      customer: 'per il cliente',
      external: 'esterno',
    },
    exportSummary: 'Esporta "{title}" in Word e Markdown.',
    noApprover:
      'Un report {audience} può essere esportato solo dopo l’approvazione di una seconda persona, e non è configurato nessun approvatore. Rivolgiti a un amministratore.',
    selfApprover:
      'Un report {audience} richiede un secondo approvatore, e l’approvatore configurato sei tu. Chiedi a un amministratore di indicare un’altra persona.',
    approverCannotReadOne:
      '{approver} non può approvare questo report: {unreadable} delle sue {count} fonti è un documento che questa persona non può leggere, quindi non è stato inviato per l’approvazione. Rigeneralo con un argomento più ristretto, oppure rivolgiti a un amministratore.',
    approverCannotReadMany:
      '{approver} non può approvare questo report: {unreadable} delle sue {count} fonti sono documenti che questa persona non può leggere, quindi non è stato inviato per l’approvazione. Rigeneralo con un argomento più ristretto, oppure rivolgiti a un amministratore.',
    theApprover: 'l’approvatore configurato',
    waiting: 'In attesa dell’approvazione di {approver}. Vedrai la decisione qui.',
    approved: 'Approvato da {approver}.',
    approvedComment: 'Approvato da {approver}: {comment}',
    rejected: 'Rifiutato da {approver}.',
    rejectedComment: 'Rifiutato da {approver}: {comment}',
    aColleague: 'Un collega',
    approvalAsked:
      '{asker} ti chiede di approvare questo report {audience}. Se lo approvi, viene esportato in Word e Markdown per questa persona; se lo rifiuti, riceve il tuo commento.',
    nothingExported: 'Non è stato esportato nulla.',
    youCannotApproveOne:
      'Non puoi approvare questo report: {unreadable} delle sue fonti è un documento che non puoi leggere. Non è stato esportato nulla; chiedi all’autore di redigerlo da documenti che potete leggere entrambi.',
    youCannotApproveMany:
      'Non puoi approvare questo report: {unreadable} delle sue fonti sono documenti che non puoi leggere. Non è stato esportato nulla; chiedi all’autore di redigerlo da documenti che potete leggere entrambi.',
    neverSent: 'Questo report non è mai stato inviato per l’approvazione.',
    notFound: 'Questo report non esiste, oppure non spetta a te esportarlo. Redigilo di nuovo.',
    onlyApprover: 'Solo il secondo approvatore configurato può approvare questo report.',
    onlyAuthor: 'Solo l’autore può esportare questo report.',
    approverNotReachedTitle: 'Approvatore non raggiunto',
    approverNotReached:
      'Non sono riuscito a inviare la richiesta di approvazione all’approvatore in Teams (forse l’app non è installata per questa persona). Chiedile di aprire l’app e riprova, oppure rivolgiti a un amministratore.',
    exported: 'Esportato "{title}": Word {docx} · Markdown {markdown}',
    exportedOneDrive: 'Esportato "{title}" nel OneDrive dell’autore: Word {docx} · Markdown {markdown}',
    storeUnavailable:
      'OneDrive non è disponibile al momento, quindi il report non è stato esportato. Chiedimi di nuovo di esportarlo tra un minuto.',
    storeDenied:
      'Non è stato possibile salvare il report nel OneDrive dell’autore (accesso negato, o nessun OneDrive per questo utente). Un amministratore deve verificare l’autorizzazione Files.ReadWrite.All dell’app.',
    storeTooLarge: 'Il report esportato supera i 4 MB, troppo per essere caricato su OneDrive.',
    nothingRelevant:
      'Non ho trovato nulla di pertinente su questo argomento nei documenti a cui hai accesso, quindi non ho redatto un report.',
    nothingRelevantEveryoneHere:
      'Non ho trovato nulla di pertinente su questo argomento nei documenti a cui tutti qui hanno accesso, quindi non ho redatto un report.',
  },
  tickets: {
    priorities: { low: 'bassa', normal: 'normale', high: 'alta', urgent: 'urgente' },
    statuses: { new: 'nuovo', active: 'in lavorazione', resolved: 'risolto', closed: 'chiuso' },
    keptPrivateTitle: 'I ticket sono privati',
    keptPrivate:
      'I tuoi ticket sono privati, quindi non li mostro dove altre persone possono leggerli. Chiedimelo nella nostra chat 1:1.',
    checkForm:
      'Controlla il modulo del ticket e seleziona Apri ticket. Non viene aperto nulla finché non confermi.',
    addTitle: 'Aggiungi un titolo di almeno {min} caratteri.',
    notAnswered:
      'Il sistema di ticketing non ha risposto, quindi il ticket potrebbe non essere ancora aperto. Seleziona di nuovo Apri ticket tra un minuto; non verrà aperto due volte.',
    proposal: 'Apri un ticket {category} con priorità {priority}: "{title}".',
    noTitleYet: '(ancora senza titolo)',
    filed: 'Ticket {id} aperto.',
    none: 'Non hai ancora ticket.',
    listItem: 'n. {id} ({status})',
    notFoundTitle: 'Ticket non trovato',
    notFound: 'Non ho trovato nessun ticket {id} aperto da te. Scrivi "my tickets" per vedere i tuoi.',
    status: 'Ticket {id}: {status}.',
    backendDenied: 'Il sistema di ticketing ha rifiutato l’accesso dell’assistente. Avvisa il supporto IT.',
    backendUnavailable: 'Il sistema di ticketing non è disponibile al momento. Riprova tra un minuto.',
    backendRejected: 'Il sistema di ticketing ha rifiutato la richiesta. Avvisa il supporto IT.',
  },
  confirm: {
    unknown: 'Questa conferma non è valida.',
    expired: 'Questa conferma è scaduta. Chiedi di nuovo per ricevere una nuova scheda.',
    used: 'Questa azione è già stata confermata.',
    cancelled:
      'Questa azione è stata annullata, quindi non è stato fatto nulla. Chiedi di nuovo per ricevere una nuova scheda.',
    wrong_user: 'Solo la persona che ha fatto la richiesta può confermare.',
    wrong_skill: 'Questa conferma appartiene a un’altra azione.',
  },
  router: {
    whichTicket: 'Quale numero di ticket?',
    whatProblem: 'Qual è il problema? Descrivilo in una frase (cosa, dove, da quando).',
    reportTopic: 'Di cosa deve trattare il report?',
    giveTicketNumber: 'Indica il numero del ticket, ad esempio 12.',
  },
  teams: {
    cardOnlyTitle: 'Questo messaggio contiene solo una scheda',
    cardOnly:
      'Rispondo a domande scritte a parole. Scrivi la tua domanda, oppure "aiuto" per vedere cosa so fare. I risultati di ricerca inseriti con l’estensione di messaggistica servono per condividerli con altre persone.',
    sentPrivately: 'Ti ho inviato la risposta completa nella nostra chat.',
    notSentPrivately:
      'Non sono riuscito ad aprire una chat con te in questo momento. Fammi la domanda in una chat 1:1 per avere la risposta completa.',
  },
  access: {
    groupsUnchecked:
      'Non è stato possibile verificare ora i gruppi a cui appartieni, quindi la ricerca ha riguardato solo i documenti aperti a tutti.',
    membersUnchecked:
      'Non è stato possibile verificare ora i membri di questa conversazione, quindi la ricerca ha riguardato solo i documenti aperti a tutti.',
    externalMember:
      'In questa conversazione c’è una persona esterna all’organizzazione, quindi la ricerca ha riguardato solo ciò che può leggere.',
  },
  model: {
    writing: 'Sto scrivendo la risposta dai documenti a cui hai accesso…',
    interrupted: 'La risposta è stata interrotta. Riprova.',
  },
  extensions: {
    fromMessage: '— Da un messaggio di Teams',
    fromMessageBy: '— Da un messaggio di Teams di {author}',
    emptySearch:
      'Scrivi qualche parola per cercare nei documenti a cui hai accesso, ad esempio "prova di fading dei freni" o "VPN".',
    fileTicketTitle: 'Apri un ticket da questo messaggio',
    noText:
      'Questo messaggio non contiene testo da cui aprire un ticket. Apri il bot e descrivi invece il problema.',
    discarded: 'Annullato. Non è stato aperto nessun ticket.',
    noMatch:
      'Nessun documento a cui hai accesso corrisponde a questa ricerca. Prova con altre parole o con il nome della norma.',
    unknownCommand:
      'Il comando di ricerca di questa app è "{command}" (parametro "query"). Cerca con questo ID di comando, oppure senza.',
    gone: 'Questo documento non è più disponibile. Cerca di nuovo.',
    searchTooLong: 'Cerca con al massimo {max} caratteri.',
    searchInvalid: 'Il testo di ricerca non è valido.',
  },
  tips: {
    completeQuestion:
      'Fai una domanda completa su un solo argomento, ad esempio una prova, un componente o una procedura.',
    broaderWords:
      'Usa parole più generiche o più semplici: nessun documento che puoi leggere corrisponde a questa domanda.',
    ownVocabulary:
      'Usa il lessico dei documenti, ad esempio il nome di un prodotto o di un componente, una norma o il titolo di un documento.',
    nameSubject: 'Indica il prodotto, il team o la sede a cui si riferisce la domanda.',
    shorterQuestion: 'Fai una domanda più breve su un solo argomento.',
    otherWords: 'Prova altre parole per la stessa cosa, come il termine usato nei documenti.',
    nameBrand: 'Indica il marchio, se la domanda riguarda uno di essi ({brands}).',
    languages: 'I documenti sono in {languages}: le parole in una di queste lingue trovano di più.',
  },
};
