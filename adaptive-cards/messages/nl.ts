import type { Messages } from './Messages';

/** Dutch. */
export const nl: Messages = {
  language: 'nl',
  languageNames: {
    en: 'Engels',
    fr: 'Frans',
    it: 'Italiaans',
    de: 'Duits',
    es: 'Spaans',
    pt: 'Portugees',
    nl: 'Nederlands',
    pl: 'Pools',
  },
  answer: {
    answerFromOne: 'Antwoord uit 1 bron',
    answerFromMany: 'Antwoord uit {count} bronnen',
    sources: 'Bronnen',
    toggleExcerpts: 'Fragmenten tonen of verbergen',
    aiGenerated: 'Door AI gegenereerde inhoud kan onjuist zijn.',
    shortened: 'Antwoord ingekort; open de bronnen voor de volledige tekst.',
    source: 'Bron {n}',
    quotedIn: 'geciteerd in het {language}',
    extractedFooter: 'Overgenomen uit {documents} {readers}. Controleer de bronnen voordat u erop vertrouwt.',
    writtenFooter:
      'Geschreven door {model} (een taalmodel) op basis van {documents} {readers}. Controleer de bronnen voordat u erop vertrouwt.',
    documentsYouCanAccess: 'waartoe u toegang hebt',
    documentsEveryoneHereCanAccess: 'waartoe iedereen hier toegang heeft',
    oneDocument: '1 document',
    manyDocuments: '{count} documenten',
    leftOut: 'Sommige bronnen zijn weggelaten omdat niet iedereen hier ze mag lezen.',
    sendPrivately: 'Stuur mij het volledige antwoord privé',
    sensitivity: 'Vertrouwelijkheid: {label}',
    notQuoted: 'hier niet geciteerd ({label})',
    withheld:
      'Documenten met een label boven {label} worden in groepsgesprekken niet geciteerd: open ze om ze te lezen.',
  },
  noAnswer: {
    title: 'Ik heb niets relevants gevonden in de documenten waartoe u toegang hebt, dus ik ga niet gokken.',
    tryThis: 'U kunt het volgende proberen:',
    said: 'Ik heb niets relevants gevonden in de documenten waartoe u toegang hebt, dus ik ga niet gokken.',
    titleEveryoneHere:
      'Ik heb niets relevants gevonden in de documenten waartoe iedereen hier toegang heeft, dus ik ga niet gokken.',
    saidEveryoneHere:
      'Ik heb niets relevants gevonden in de documenten waartoe iedereen hier toegang heeft, dus ik ga niet gokken.',
  },
  error: {
    title: 'Er is iets misgegaan',
    code: 'Foutcode: {code}',
    unexpected: 'Er is een onverwachte fout opgetreden.',
  },
  skills: {
    helpTitle: '{botName}: help',
    helpIntro:
      'Stel een vraag in uw eigen woorden. Ik gebruik alleen documenten waartoe u toegang hebt, noem voor elke bewering een bron en zeg het als ik niets relevants vind. Vaardigheden:',
    helpExamples: 'Voorbeeldvragen (klik om te verzenden):',
    welcomeTitle: 'Hallo, ik ben {botName}',
    welcomeIntro:
      'Ik beantwoord vragen uit de documenten waartoe u toegang hebt en laat zien waar elk antwoord vandaan komt. Dit kan ik:',
    welcomeExamples: 'Probeer een van deze:',
    assistant: 'Assistent',
  },
  notice: {
    replyNext: 'Antwoord in uw volgende bericht.',
    discarded: 'Verworpen',
    nothingDone: 'Er is niets ingediend, geëxporteerd of gedeeld.',
  },
  result: {
    untitled: 'Document zonder titel',
    openDocument: 'Document openen',
    restrictedNote:
      'Alleen de titel en de link worden getoond: niet iedereen in dit gesprek mag dit document lezen, of het vertrouwelijkheidslabel staat citeren hier niet toe.',
    restrictedWarning:
      'Niet iedereen hier mag dit document lezen, of het vertrouwelijkheidslabel staat citeren hier niet toe: alleen de titel en de link worden ingevoegd.',
  },
  tickets: {
    show: 'Ticket {id} tonen',
    formTitle: 'Nieuw ticket: controleren en bevestigen',
    formIntro:
      'Ik heb dit vooraf ingevuld op basis van uw bericht. Er wordt niets ingediend tot u Ticket indienen kiest; pas eerst velden aan.',
    title: 'Titel',
    titlePlaceholder: 'Wat is er mis, in één regel',
    titleError: 'Voer een titel van 3 tot 200 tekens in.',
    description: 'Beschrijving',
    descriptionPlaceholder: 'Wat er gebeurde, waar, sinds wanneer, wat u al geprobeerd hebt',
    category: 'Categorie',
    categoryError: 'Kies een categorie.',
    priority: 'Prioriteit',
    priorityError: 'Kies een prioriteit.',
    brand: 'Merk',
    component: 'Betrokken apparatuur of dienst',
    componentPlaceholder: 'bijv. simulator, VPN, ruimte 4.12',
    file: 'Ticket indienen',
    discard: 'Verwerpen',
    filed: 'Ticket {id} ingediend',
    followUp: 'Vraag "status of ticket {id}" of "my tickets" om het te volgen.',
    open: 'Ticket openen',
    statusLine: 'Ticket {id}: {status}',
    none: 'U hebt nog geen tickets. Zeg "open a ticket:" gevolgd door het probleem om er een in te dienen.',
    yours: 'Uw tickets',
    yoursCount: 'Uw tickets ({count})',
    yoursOf: 'Uw tickets ({count} van {total}, nieuwste eerst)',
    noTitle: '(geen titel)',
    priorities: {
      low: 'Laag',
      normal: 'Normaal',
      high: 'Hoog (blokkeert mijn werk)',
      urgent: 'Urgent (veiligheid of productiestop)',
    },
    notBrandSpecific: 'Niet merkgebonden',
    other: 'Overig',
    statuses: { new: 'Nieuw', active: 'In behandeling', resolved: 'Opgelost', closed: 'Gesloten' },
    facts: {
      status: 'Status',
      priority: 'Prioriteit',
      category: 'Categorie',
      brand: 'Merk',
      affects: 'Betreft',
      filedFor: 'Ingediend voor',
      filed: 'Ingediend',
    },
  },
  reports: {
    reject: 'Afwijzen',
    commentLabel: 'Opmerking voor de auteur (optioneel; getoond bij uw besluit)',
    moreSources: '… en nog {count} bronnen in de export.',
    shortenedCounts:
      'Voorbeeld ingekort: {shown} van {all} bevindingen in {sections} van {allSections} secties. Het geëxporteerde bestand bevat het volledige rapport.',
    shortenedText: 'Voorbeeld ingekort; het geëxporteerde bestand bevat de volledige tekst.',
    writtenFooter:
      'Geschreven door {model} op basis van {documents}; elke bewering vermeldt haar bronnen. Controleer de bronnen voordat u deelt.',
    extractedFooter:
      'Overgenomen uit {documents}; elke bewering citeert haar bron. Controleer de bronnen voordat u deelt.',
    documentsOne: '1 document waartoe de auteur toegang heeft',
    documentsMany: '{count} documenten waartoe de auteur toegang heeft',
    audienceReport: 'Rapport ({audience})',
    needsApprover: 'export vereist een tweede goedkeurder',
    sensitivity: 'Vertrouwelijkheid: {label}',
    brand: 'Merk: {name}',
    period: 'Periode: {period}',
    drafted: 'Opgesteld op {date}',
    downloadWord: 'Word downloaden (.docx)',
    downloadMarkdown: 'Markdown downloaden (.md)',
    openWord: 'Word openen (.docx)',
    openMarkdown: 'Markdown openen (.md)',
    approvedBy: 'Goedgekeurd door {name}.',
    approvedComment: 'Opmerking: {comment}',
    approvedBySecond: 'Goedgekeurd door een tweede persoon.',
    sectionsOne: '1 sectie',
    sectionsMany: '{count} secties',
    findingsOne: '1 bevinding',
    findingsMany: '{count} bevindingen',
    sourcesOne: '1 bron',
    sourcesMany: '{count} bronnen',
    savedOneDrive: 'Opgeslagen in de OneDrive van de auteur, map Reports.',
    audiences: { internal: 'intern', management: 'management', customer: 'klant', external: 'extern' },
    summary: 'Samenvatting',
    openQuestions: 'Open vragen',
    sources: 'Bronnen',
    changeLabel: 'Wat moet er veranderen? (optioneel, daarna Opnieuw maken)',
    changePlaceholder: 'bijv. focus op één test',
    regenerate: 'Opnieuw maken',
    discard: 'Verwerpen',
    export: 'Exporteren',
    approveAndExport: 'Goedkeuren en exporteren',
    exported: 'Rapport geëxporteerd',
    noDownloads: 'Downloadkoppelingen zijn hier niet beschikbaar; vraag de bot opnieuw om het rapport.',
    report: 'Rapport',
    section: 'Sectie',
    source: 'Bron {n}',
  },
  replies: {
    reports: {
      audiences: { internal: 'intern', management: 'management', customer: 'klant', external: 'extern' },
      exportSummary: '"{title}" exporteren naar Word en Markdown.',
      noApprover:
        'Een rapport voor doelgroep "{audience}" kan pas worden geëxporteerd nadat een tweede persoon het heeft goedgekeurd, en er is geen goedkeurder ingesteld. Vraag het een beheerder.',
      selfApprover:
        'Een rapport voor doelgroep "{audience}" heeft een tweede goedkeurder nodig, en u bent zelf de ingestelde goedkeurder. Vraag een beheerder om iemand anders aan te wijzen.',
      approverCannotReadOne:
        '{approver} kan dit rapport niet goedkeuren: {unreadable} van de {count} bronnen is een document dat deze persoon niet mag lezen, dus het is niet ter goedkeuring verstuurd. Genereer het opnieuw met een smaller onderwerp, of vraag het een beheerder.',
      approverCannotReadMany:
        '{approver} kan dit rapport niet goedkeuren: {unreadable} van de {count} bronnen zijn documenten die deze persoon niet mag lezen, dus het is niet ter goedkeuring verstuurd. Genereer het opnieuw met een smaller onderwerp, of vraag het een beheerder.',
      theApprover: 'de ingestelde goedkeurder',
      waiting: 'Wacht op goedkeuring door {approver}. U ziet de beslissing hier.',
      approved: 'Goedgekeurd door {approver}.',
      approvedComment: 'Goedgekeurd door {approver}: {comment}',
      rejected: 'Afgewezen door {approver}.',
      rejectedComment: 'Afgewezen door {approver}: {comment}',
      aColleague: 'Een collega',
      approvalAsked:
        '{asker} vraagt u dit rapport (doelgroep "{audience}") goed te keuren. Goedkeuren exporteert het voor deze persoon naar Word en Markdown; afwijzen stuurt uw opmerking naar deze persoon.',
      nothingExported: 'Er is niets geëxporteerd.',
      youCannotApproveOne:
        'U kunt dit rapport niet goedkeuren: {unreadable} van de bronnen is een document dat u niet mag lezen. Er is niets geëxporteerd; vraag de auteur het op te stellen uit documenten die u allebei mag lezen.',
      youCannotApproveMany:
        'U kunt dit rapport niet goedkeuren: {unreadable} van de bronnen zijn documenten die u niet mag lezen. Er is niets geëxporteerd; vraag de auteur het op te stellen uit documenten die u allebei mag lezen.',
      neverSent: 'Dit rapport is nooit ter goedkeuring verstuurd.',
      notFound: 'Dat rapport bestaat niet, of u mag het niet exporteren. Stel het opnieuw op.',
      onlyApprover: 'Alleen de ingestelde tweede goedkeurder kan dit rapport goedkeuren.',
      onlyAuthor: 'Alleen de auteur kan dit rapport exporteren.',
      approverNotReachedTitle: 'Goedkeurder niet bereikt',
      approverNotReached:
        'Ik kon het goedkeuringsverzoek nu niet in Teams naar de goedkeurder sturen (de app is misschien niet voor deze persoon geïnstalleerd). Vraag deze persoon de app te openen en probeer het opnieuw, of vraag het een beheerder.',
      exported: '"{title}" geëxporteerd: Word {docx} · Markdown {markdown}',
      exportedOneDrive:
        '"{title}" geëxporteerd naar de OneDrive van de auteur: Word {docx} · Markdown {markdown}',
      storeUnavailable:
        'OneDrive is nu niet beschikbaar, dus het rapport is niet geëxporteerd. Vraag me over een minuut opnieuw om het te exporteren.',
      storeDenied:
        'Het rapport kon niet in de OneDrive van de auteur worden opgeslagen (toegang geweigerd, of geen OneDrive voor deze gebruiker). Een beheerder moet de machtiging Files.ReadWrite.All van de app controleren.',
      storeTooLarge: 'Het geëxporteerde rapport is groter dan 4 MB, te groot om naar OneDrive te uploaden.',
      nothingRelevant:
        'Ik heb niets relevants over dit onderwerp gevonden in de documenten waartoe u toegang hebt, dus ik heb geen rapport opgesteld.',
      nothingRelevantEveryoneHere:
        'Ik heb niets relevants over dit onderwerp gevonden in de documenten waartoe iedereen hier toegang heeft, dus ik heb geen rapport opgesteld.',
    },
    tickets: {
      priorities: { low: 'lage', normal: 'normale', high: 'hoge', urgent: 'urgente' },
      statuses: { new: 'nieuw', active: 'in behandeling', resolved: 'opgelost', closed: 'gesloten' },
      keptPrivateTitle: 'Tickets zijn privé',
      keptPrivate:
        'Uw tickets zijn privé, dus ik toon ze niet waar anderen meelezen. Vraag het me in onze 1:1-chat.',
      checkForm:
        'Controleer het ticketformulier en selecteer Ticket indienen. Er wordt niets ingediend voordat u bevestigt.',
      addTitle: 'Voeg een titel toe van minstens {min} tekens.',
      notAnswered:
        'Het ticketsysteem antwoordde niet, dus het ticket is misschien nog niet ingediend. Selecteer over een minuut opnieuw Ticket indienen; het wordt niet twee keer ingediend.',
      proposal: 'Een {category}-ticket met {priority} prioriteit indienen: "{title}".',
      noTitleYet: '(nog geen titel)',
      filed: 'Ticket {id} ingediend.',
      none: 'U hebt nog geen tickets.',
      listItem: '#{id} ({status})',
      notFoundTitle: 'Ticket niet gevonden',
      notFound: 'Ik heb geen ticket {id} gevonden dat u hebt ingediend. Zeg "my tickets" om de uwe te zien.',
      status: 'Ticket {id}: {status}.',
      backendDenied: 'Het ticketsysteem weigerde de toegang van de assistent. Meld dit aan de IT-support.',
      backendUnavailable: 'Het ticketsysteem is nu niet beschikbaar. Probeer het over een minuut opnieuw.',
      backendRejected: 'Het ticketsysteem weigerde het verzoek. Meld dit aan de IT-support.',
    },
    confirm: {
      unknown: 'Deze bevestiging is niet geldig.',
      expired: 'Deze bevestiging is verlopen. Vraag het opnieuw voor een nieuwe kaart.',
      used: 'Dit is al bevestigd.',
      cancelled: 'Dit is geannuleerd, dus er is niets gedaan. Vraag het opnieuw voor een nieuwe kaart.',
      wrong_user: 'Alleen de persoon die het vroeg, kan dit bevestigen.',
      wrong_skill: 'Deze bevestiging hoort bij een andere actie.',
    },
    router: {
      whichTicket: 'Welk ticketnummer?',
      whatProblem: 'Wat is het probleem? Beschrijf het in één zin (wat, waar, sinds wanneer).',
      reportTopic: 'Waarover moet het rapport gaan?',
      giveTicketNumber: 'Geef het ticketnummer, bijvoorbeeld 12.',
    },
    teams: {
      cardOnlyTitle: 'Dat bericht bevat alleen een kaart',
      cardOnly:
        'Ik beantwoord vragen die in woorden zijn geschreven. Typ uw vraag, of zeg "help" om te zien wat ik kan. Zoekresultaten die u met de berichtextensie invoegt, zijn bedoeld om met anderen te delen.',
      sentPrivately: 'Ik heb u het volledige antwoord in onze chat gestuurd.',
      notSentPrivately:
        'Ik kon nu geen chat met u openen. Stel me de vraag in een 1:1-chat voor het volledige antwoord.',
    },
    access: {
      groupsUnchecked:
        'Uw groepslidmaatschappen konden nu niet worden gecontroleerd, dus alleen documenten die voor iedereen open zijn, zijn doorzocht.',
      membersUnchecked:
        'De leden van dit gesprek konden nu niet worden gecontroleerd, dus alleen documenten die voor iedereen open zijn, zijn doorzocht.',
      externalMember:
        'Er neemt iemand van buiten de organisatie deel aan dit gesprek, dus alleen wat die persoon mag lezen, is doorzocht.',
    },
    model: {
      writing: 'Het antwoord wordt geschreven uit de documenten waartoe u toegang hebt…',
      interrupted: 'Het antwoord is onderbroken. Probeer het opnieuw.',
    },
    extensions: {
      fromMessage: '— Uit een Teams-bericht',
      fromMessageBy: '— Uit een Teams-bericht van {author}',
      emptySearch:
        'Typ een paar woorden om de documenten te doorzoeken waartoe u toegang hebt, bijvoorbeeld "remfadingtest" of "VPN".',
      fileTicketTitle: 'Ticket indienen vanuit dit bericht',
      noText:
        'Dit bericht bevat geen tekst om een ticket van te maken. Open de bot en beschrijf het probleem daar.',
      discarded: 'Verworpen. Er is niets ingediend.',
      noMatch:
        'Geen documenten waartoe u toegang hebt, passen bij deze zoekopdracht. Probeer andere woorden, of de naam van de norm.',
      unknownCommand:
        'De zoekopdracht van deze app is "{command}" (parameter "query"). Zoek met die opdracht-id, of zonder.',
      gone: 'Dit document is niet meer beschikbaar. Zoek opnieuw.',
      searchTooLong: 'Zoek met hoogstens {max} tekens.',
      searchInvalid: 'De zoektekst is ongeldig.',
    },
    tips: {
      completeQuestion:
        'Stel een volledige vraag over één onderwerp, bijvoorbeeld een test, een onderdeel of een procedure.',
      broaderWords:
        'Gebruik bredere of eenvoudigere woorden: geen document dat u mag lezen, past bij deze vraag.',
      ownVocabulary:
        'Gebruik de woorden van de documenten zelf, bijvoorbeeld een product- of onderdeelnaam, een norm of een documenttitel.',
      nameSubject: 'Noem het product, het team of de locatie waarover de vraag gaat.',
      shorterQuestion: 'Stel een kortere vraag over één onderwerp.',
      otherWords: 'Probeer andere woorden voor hetzelfde, zoals de term die in de documenten staat.',
      nameBrand: 'Noem het merk als het over een merk gaat ({brands}).',
      languages: 'De documenten zijn in het {languages}: woorden in een van deze talen vinden het meest.',
    },
  },
  errors: {
    search_unavailable:
      'Het zoeken in de kennisbank is nu niet beschikbaar. Probeer het over een minuut opnieuw.',
    question_too_long: 'De vraag is te lang. Vraag naar één onderwerp in hoogstens 500 tekens.',
    confirmation_invalid: 'Deze bevestiging is niet meer geldig. Vraag het opnieuw voor een nieuwe kaart.',
    model_unavailable: 'Het taalmodel is nu niet beschikbaar. Probeer het over een minuut opnieuw.',
    model_timeout: 'Het taalmodel deed er te lang over. Probeer het opnieuw.',
    audit_unavailable:
      'Er is niets gedaan, omdat de actie niet in het auditlogboek kon worden vastgelegd. Probeer het over een minuut opnieuw.',
    request_timeout: 'Het verzoek duurde te lang. Probeer het opnieuw.',
    internal_error: 'Er ging bij ons iets mis. Probeer het opnieuw.',
    invalid_parameters: 'Sommige verzonden waarden zijn ongeldig.',
  },
};
