import type { Messages } from './Messages';

/** German. */
export const de: Messages = {
  language: 'de',
  languageNames: {
    en: 'Englisch',
    fr: 'Französisch',
    it: 'Italienisch',
    de: 'Deutsch',
    es: 'Spanisch',
    pt: 'Portugiesisch',
    nl: 'Niederländisch',
    pl: 'Polnisch',
  },
  answer: {
    answerFromOne: 'Antwort aus 1 Quelle',
    answerFromMany: 'Antwort aus {count} Quellen',
    sources: 'Quellen',
    toggleExcerpts: 'Auszüge ein- oder ausblenden',
    aiGenerated: 'KI-generierte Inhalte können falsch sein.',
    shortened: 'Antwort gekürzt; öffnen Sie die Quellen für den vollständigen Text.',
    source: 'Quelle {n}',
    quotedIn: 'zitiert auf {language}',
    extractedFooter:
      'Entnommen aus {documents} {readers}. Prüfen Sie die Quellen, bevor Sie sich darauf verlassen.',
    writtenFooter:
      'Geschrieben von {model} (einem Sprachmodell) aus {documents} {readers}. Prüfen Sie die Quellen, bevor Sie sich darauf verlassen.',
    documentsYouCanAccess: 'auf die Sie zugreifen können',
    documentsEveryoneHereCanAccess: 'auf die alle hier zugreifen können',
    oneDocument: '1 Dokument',
    manyDocuments: '{count} Dokumenten',
    leftOut: 'Einige Quellen wurden weggelassen, weil nicht alle hier sie lesen dürfen.',
    sendPrivately: 'Vollständige Antwort privat an mich senden',
    sensitivity: 'Vertraulichkeit: {label}',
    notQuoted: 'hier nicht zitiert ({label})',
    withheld:
      'Dokumente mit einer höheren Bezeichnung als {label} werden in Gruppenunterhaltungen nicht zitiert: Öffnen Sie sie, um sie zu lesen.',
  },
  noAnswer: {
    title:
      'Ich habe in den Dokumenten, auf die Sie zugreifen können, nichts Passendes gefunden und rate deshalb nicht.',
    tryThis: 'Versuchen Sie Folgendes:',
    said: 'Ich habe in den Dokumenten, auf die Sie zugreifen können, nichts Passendes gefunden und rate deshalb nicht.',
    titleEveryoneHere:
      'Ich habe in den Dokumenten, auf die alle hier zugreifen können, nichts Passendes gefunden und rate deshalb nicht.',
    saidEveryoneHere:
      'Ich habe in den Dokumenten, auf die alle hier zugreifen können, nichts Passendes gefunden und rate deshalb nicht.',
  },
  error: {
    title: 'Etwas ist schiefgelaufen',
    code: 'Fehlercode: {code}',
    unexpected: 'Ein unerwarteter Fehler ist aufgetreten.',
  },
  skills: {
    helpTitle: '{botName}: Hilfe',
    helpIntro:
      'Stellen Sie Ihre Frage in eigenen Worten. Ich nutze nur Dokumente, auf die Sie zugreifen können, nenne für jede Aussage eine Quelle und sage es, wenn ich nichts Passendes finde. Fähigkeiten:',
    helpExamples: 'Beispielfragen (zum Senden klicken):',
    welcomeTitle: 'Hallo, ich bin {botName}',
    welcomeIntro:
      'Ich beantworte Fragen aus den Dokumenten, auf die Sie zugreifen können, und zeige, woher jede Antwort stammt. Das kann ich:',
    welcomeExamples: 'Probieren Sie eine dieser Fragen:',
    assistant: 'Assistent',
  },
  notice: {
    replyNext: 'Antworten Sie in Ihrer nächsten Nachricht.',
    discarded: 'Verworfen',
    nothingDone: 'Es wurde nichts angelegt, exportiert oder geteilt.',
  },
  result: {
    untitled: 'Dokument ohne Titel',
    openDocument: 'Dokument öffnen',
    restrictedNote:
      'Nur Titel und Link werden angezeigt: Nicht alle in dieser Unterhaltung dürfen dieses Dokument lesen, oder seine Vertraulichkeitsbezeichnung verhindert ein Zitat hier.',
    restrictedWarning:
      'Nicht alle hier dürfen dieses Dokument lesen, oder seine Vertraulichkeitsbezeichnung verhindert ein Zitat hier: Nur Titel und Link werden eingefügt.',
  },
  tickets: {
    show: 'Ticket {id} anzeigen',
    formTitle: 'Neues Ticket: prüfen und bestätigen',
    formIntro:
      'Ich habe das aus Ihrer Nachricht vorausgefüllt. Nichts wird angelegt, bevor Sie Ticket anlegen wählen; ändern Sie vorher beliebige Felder.',
    title: 'Titel',
    titlePlaceholder: 'Was ist das Problem, in einer Zeile',
    titleError: 'Geben Sie einen Titel mit 3 bis 200 Zeichen ein.',
    description: 'Beschreibung',
    descriptionPlaceholder: 'Was ist passiert, wo, seit wann, was haben Sie schon versucht',
    category: 'Kategorie',
    categoryError: 'Wählen Sie eine Kategorie.',
    priority: 'Priorität',
    priorityError: 'Wählen Sie eine Priorität.',
    brand: 'Marke',
    component: 'Betroffenes Gerät oder betroffener Dienst',
    componentPlaceholder: 'z. B. Simulator, VPN, Raum 4.12',
    file: 'Ticket anlegen',
    discard: 'Verwerfen',
    filed: 'Ticket {id} angelegt',
    followUp: 'Fragen Sie „status of ticket {id}“ oder „my tickets“, um es zu verfolgen.',
    open: 'Ticket öffnen',
    statusLine: 'Ticket {id}: {status}',
    none: 'Sie haben noch keine Tickets. Schreiben Sie „open a ticket:“ und das Problem, um eines anzulegen.',
    yours: 'Ihre Tickets',
    yoursCount: 'Ihre Tickets ({count})',
    yoursOf: 'Ihre Tickets ({count} von {total}, neueste zuerst)',
    noTitle: '(ohne Titel)',
    priorities: {
      low: 'Niedrig',
      normal: 'Normal',
      high: 'Hoch (blockiert meine Arbeit)',
      urgent: 'Dringend (Sicherheit oder Produktionsstopp)',
    },
    notBrandSpecific: 'Markenübergreifend',
    other: 'Sonstiges',
    statuses: { new: 'Neu', active: 'In Bearbeitung', resolved: 'Gelöst', closed: 'Geschlossen' },
    facts: {
      status: 'Status',
      priority: 'Priorität',
      category: 'Kategorie',
      brand: 'Marke',
      affects: 'Betrifft',
      filedFor: 'Angelegt für',
      filed: 'Angelegt',
    },
  },
  reports: {
    summary: 'Zusammenfassung',
    openQuestions: 'Offene Fragen',
    sources: 'Quellen',
    changeLabel: 'Was soll sich ändern? (optional, dann Neu erstellen)',
    changePlaceholder: 'z. B. auf eine Prüfung konzentrieren',
    regenerate: 'Neu erstellen',
    discard: 'Verwerfen',
    export: 'Exportieren',
    approveAndExport: 'Freigeben und exportieren',
    exported: 'Bericht exportiert',
    noDownloads: 'Download-Links sind hier nicht verfügbar; fragen Sie den Bot erneut nach dem Bericht.',
    report: 'Bericht',
    section: 'Abschnitt',
    source: 'Quelle {n}',
  },
  errors: {
    search_unavailable:
      'Die Wissenssuche ist gerade nicht verfügbar. Bitte versuchen Sie es in einer Minute erneut.',
    question_too_long: 'Die Frage ist zu lang. Fragen Sie zu einem Thema in höchstens 500 Zeichen.',
    confirmation_invalid:
      'Diese Bestätigung ist nicht mehr gültig. Fragen Sie erneut, um eine neue Karte zu erhalten.',
    model_unavailable:
      'Das Sprachmodell ist gerade nicht verfügbar. Bitte versuchen Sie es in einer Minute erneut.',
    model_timeout: 'Das Sprachmodell hat zu lange gebraucht. Bitte versuchen Sie es erneut.',
    audit_unavailable:
      'Es wurde nichts ausgeführt, weil die Aktion nicht im Audit-Protokoll erfasst werden konnte. Bitte versuchen Sie es in einer Minute erneut.',
    request_timeout: 'Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es erneut.',
    internal_error: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
    invalid_parameters: 'Einige der gesendeten Werte sind ungültig.',
  },
};
