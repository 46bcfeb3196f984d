import type { Messages } from '../Messages';

/** The nl catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const nlReplies: Messages['replies'] = {
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
};
