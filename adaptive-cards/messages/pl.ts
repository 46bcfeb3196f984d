import type { Messages } from './Messages';

/** Polish. */
export const pl: Messages = {
  language: 'pl',
  languageNames: {
    en: 'angielskim',
    fr: 'francuskim',
    it: 'włoskim',
    de: 'niemieckim',
    es: 'hiszpańskim',
    pt: 'portugalskim',
    nl: 'niderlandzkim',
    pl: 'polskim',
  },
  answer: {
    answerFromOne: 'Odpowiedź z 1 źródła',
    answerFromMany: 'Odpowiedź z {count} źródeł',
    sources: 'Źródła',
    toggleExcerpts: 'Pokaż lub ukryj fragmenty',
    aiGenerated: 'Treści wygenerowane przez AI mogą być nieprawidłowe.',
    shortened: 'Odpowiedź skrócona; otwórz źródła, aby zobaczyć pełny tekst.',
    source: 'Źródło {n}',
    quotedIn: 'cytat w języku {language}',
    extractedFooter: 'Wyodrębniono z: {documents} {readers}. Sprawdź źródła, zanim na tym polegasz.',
    writtenFooter:
      'Napisane przez {model} (model językowy) na podstawie: {documents} {readers}. Sprawdź źródła, zanim na tym polegasz.',
    documentsYouCanAccess: 'do których masz dostęp',
    documentsEveryoneHereCanAccess: 'do których wszyscy tutaj mają dostęp',
    oneDocument: '1 dokument',
    manyDocuments: 'dokumenty ({count})',
    leftOut: 'Pominięto niektóre źródła, ponieważ nie wszyscy tutaj mogą je czytać.',
    sendPrivately: 'Wyślij mi pełną odpowiedź prywatnie',
    sensitivity: 'Poufność: {label}',
    notQuoted: 'nie cytowano tutaj ({label})',
    withheld:
      'Dokumenty z etykietą wyższą niż {label} nie są cytowane w rozmowach grupowych: otwórz je, aby je przeczytać.',
  },
  noAnswer: {
    title: 'Nie znalazłem nic istotnego w dokumentach, do których masz dostęp, więc nie będę zgadywać.',
    tryThis: 'Możesz spróbować:',
    said: 'Nie znalazłem nic istotnego w dokumentach, do których masz dostęp, więc nie będę zgadywać.',
    titleEveryoneHere:
      'Nie znalazłem nic istotnego w dokumentach, do których wszyscy tutaj mają dostęp, więc nie będę zgadywać.',
    saidEveryoneHere:
      'Nie znalazłem nic istotnego w dokumentach, do których wszyscy tutaj mają dostęp, więc nie będę zgadywać.',
  },
  error: {
    title: 'Coś poszło nie tak',
    code: 'Kod błędu: {code}',
    unexpected: 'Wystąpił nieoczekiwany błąd.',
  },
  skills: {
    helpTitle: '{botName}: pomoc',
    helpIntro:
      'Zadaj pytanie własnymi słowami. Korzystam tylko z dokumentów, do których masz dostęp, podaję źródło każdego stwierdzenia i mówię, gdy nie znajduję nic istotnego. Umiejętności:',
    helpExamples: 'Przykładowe pytania (kliknij, aby wysłać):',
    welcomeTitle: 'Cześć, jestem {botName}',
    welcomeIntro:
      'Odpowiadam na pytania na podstawie dokumentów, do których masz dostęp, i pokazuję, skąd pochodzi każda odpowiedź. Oto co potrafię:',
    welcomeExamples: 'Wypróbuj jedno z tych pytań:',
    assistant: 'Asystent',
  },
  notice: {
    replyNext: 'Odpowiedz w następnej wiadomości.',
    discarded: 'Odrzucono',
    nothingDone: 'Niczego nie zgłoszono, nie wyeksportowano ani nie udostępniono.',
  },
  result: {
    untitled: 'Dokument bez tytułu',
    openDocument: 'Otwórz dokument',
    restrictedNote:
      'Wyświetlane są tylko tytuł i link: nie wszyscy w tej rozmowie mogą czytać ten dokument lub jego etykieta poufności nie pozwala go tu cytować.',
    restrictedWarning:
      'Nie wszyscy tutaj mogą czytać ten dokument lub jego etykieta poufności nie pozwala go tu cytować: zostaną wstawione tylko tytuł i link.',
  },
  tickets: {
    show: 'Pokaż zgłoszenie {id}',
    formTitle: 'Nowe zgłoszenie: sprawdź i potwierdź',
    formIntro:
      'Wypełniłem to na podstawie Twojej wiadomości. Nic nie zostanie zgłoszone, dopóki nie wybierzesz Zgłoś; najpierw popraw dowolne pole.',
    title: 'Tytuł',
    titlePlaceholder: 'Co jest nie tak, w jednym wierszu',
    titleError: 'Wpisz tytuł o długości od 3 do 200 znaków.',
    description: 'Opis',
    descriptionPlaceholder: 'Co się stało, gdzie, od kiedy, co już próbowano',
    category: 'Kategoria',
    categoryError: 'Wybierz kategorię.',
    priority: 'Priorytet',
    priorityError: 'Wybierz priorytet.',
    brand: 'Marka',
    component: 'Dotknięte urządzenie lub usługa',
    componentPlaceholder: 'np. symulator, VPN, sala 4.12',
    file: 'Zgłoś',
    discard: 'Odrzuć',
    filed: 'Zgłoszenie {id} utworzone',
    followUp: 'Zapytaj "status of ticket {id}" lub "my tickets", aby je śledzić.',
    open: 'Otwórz zgłoszenie',
    statusLine: 'Zgłoszenie {id}: {status}',
    none: 'Nie masz jeszcze zgłoszeń. Napisz "open a ticket:" i opisz problem, aby je utworzyć.',
    yours: 'Twoje zgłoszenia',
    yoursCount: 'Twoje zgłoszenia ({count})',
    yoursOf: 'Twoje zgłoszenia ({count} z {total}, najnowsze najpierw)',
    noTitle: '(bez tytułu)',
    priorities: {
      low: 'Niski',
      normal: 'Normalny',
      high: 'Wysoki (blokuje moją pracę)',
      urgent: 'Pilny (bezpieczeństwo lub zatrzymanie produkcji)',
    },
    notBrandSpecific: 'Bez konkretnej marki',
    other: 'Inne',
    statuses: { new: 'Nowe', active: 'W toku', resolved: 'Rozwiązane', closed: 'Zamknięte' },
    facts: {
      status: 'Status',
      priority: 'Priorytet',
      category: 'Kategoria',
      brand: 'Marka',
      affects: 'Dotyczy',
      filedFor: 'Zgłoszone dla',
      filed: 'Zgłoszono',
    },
  },
  reports: {
    reject: 'Odrzuć',
    commentLabel: 'Komentarz dla autora (opcjonalny; widoczny z Twoją decyzją)',
    moreSources: '… i {count} innych źródeł w eksporcie.',
    shortenedCounts:
      'Podgląd skrócony: {shown} z {all} ustaleń w {sections} z {allSections} sekcji. Wyeksportowany plik zawiera pełny raport.',
    shortenedText: 'Podgląd skrócony; wyeksportowany plik zawiera pełny tekst.',
    writtenFooter:
      'Napisane przez {model} na podstawie: {documents}; każde stwierdzenie podaje swoje źródła. Sprawdź źródła przed udostępnieniem.',
    extractedFooter:
      'Wyodrębnione z: {documents}; każde stwierdzenie cytuje swoje źródło. Sprawdź źródła przed udostępnieniem.',
    documentsOne: '1 dokument dostępny dla autora',
    documentsMany: '{count} dokumentów dostępnych dla autora',
    audienceReport: 'Raport ({audience})',
    needsApprover: 'eksport wymaga drugiej osoby zatwierdzającej',
    sensitivity: 'Poufność: {label}',
    brand: 'Marka: {name}',
    period: 'Okres: {period}',
    drafted: 'Sporządzono {date}',
    downloadWord: 'Pobierz Word (.docx)',
    downloadMarkdown: 'Pobierz Markdown (.md)',
    openWord: 'Otwórz Word (.docx)',
    openMarkdown: 'Otwórz Markdown (.md)',
    approvedBy: 'Zatwierdził(a) {name}.',
    approvedComment: 'Komentarz: {comment}',
    approvedBySecond: 'Zatwierdzone przez drugą osobę.',
    sectionsOne: '1 sekcja',
    sectionsMany: 'sekcje: {count}',
    findingsOne: '1 ustalenie',
    findingsMany: 'ustalenia: {count}',
    sourcesOne: '1 źródło',
    sourcesMany: 'źródła: {count}',
    savedOneDrive: 'Zapisano w OneDrive autora, folder Reports.',
    audiences: { internal: 'wewnętrzny', management: 'zarząd', customer: 'klient', external: 'zewnętrzny' },
    summary: 'Podsumowanie',
    openQuestions: 'Otwarte pytania',
    sources: 'Źródła',
    changeLabel: 'Co zmienić? (opcjonalnie, potem Wygeneruj ponownie)',
    changePlaceholder: 'np. skup się na jednym teście',
    regenerate: 'Wygeneruj ponownie',
    discard: 'Odrzuć',
    export: 'Eksportuj',
    approveAndExport: 'Zatwierdź i eksportuj',
    exported: 'Raport wyeksportowany',
    noDownloads: 'Linki do pobrania nie są tu dostępne; poproś bota ponownie o raport.',
    report: 'Raport',
    section: 'Sekcja',
    source: 'Źródło {n}',
  },
  replies: {
    reports: {
      audiences: {
        internal: 'wewnętrzny',
        management: 'dla kierownictwa',
        customer: 'dla klienta',
        external: 'zewnętrzny',
      },
      exportSummary: 'Eksportuj „{title}” do formatów Word i Markdown.',
      noApprover:
        'Raport {audience} można wyeksportować dopiero po zatwierdzeniu przez drugą osobę, a nie skonfigurowano osoby zatwierdzającej. Zwróć się do administratora.',
      selfApprover:
        'Raport {audience} wymaga drugiej osoby zatwierdzającej, a to Ty jesteś skonfigurowaną osobą zatwierdzającą. Poproś administratora o wyznaczenie kogoś innego.',
      approverCannotReadOne:
        '{approver} nie może zatwierdzić tego raportu: {unreadable} z jego {count} źródeł to dokument, którego ta osoba nie może czytać, więc raport nie został wysłany do zatwierdzenia. Wygeneruj go ponownie z węższym tematem albo zwróć się do administratora.',
      approverCannotReadMany:
        '{approver} nie może zatwierdzić tego raportu: {unreadable} z jego {count} źródeł to dokumenty, których ta osoba nie może czytać, więc raport nie został wysłany do zatwierdzenia. Wygeneruj go ponownie z węższym tematem albo zwróć się do administratora.',
      theApprover: 'skonfigurowana osoba zatwierdzająca',
      waiting: 'Oczekuje na zatwierdzenie przez: {approver}. Decyzję zobaczysz tutaj.',
      approved: 'Zatwierdzone przez: {approver}.',
      approvedComment: 'Zatwierdzone przez: {approver}. Komentarz: {comment}',
      rejected: 'Odrzucone przez: {approver}.',
      rejectedComment: 'Odrzucone przez: {approver}. Komentarz: {comment}',
      aColleague: 'Współpracownik',
      approvalAsked:
        '{asker} prosi Cię o zatwierdzenie tego raportu ({audience}). Zatwierdzenie wyeksportuje go dla tej osoby do formatów Word i Markdown; odrzucenie prześle jej Twój komentarz.',
      nothingExported: 'Nic nie zostało wyeksportowane.',
      youCannotApproveOne:
        'Nie możesz zatwierdzić tego raportu: {unreadable} z jego źródeł to dokument, którego nie możesz czytać. Nic nie zostało wyeksportowane; poproś autora o przygotowanie go z dokumentów, które możecie czytać oboje.',
      youCannotApproveMany:
        'Nie możesz zatwierdzić tego raportu: {unreadable} z jego źródeł to dokumenty, których nie możesz czytać. Nic nie zostało wyeksportowane; poproś autora o przygotowanie go z dokumentów, które możecie czytać oboje.',
      neverSent: 'Ten raport nigdy nie został wysłany do zatwierdzenia.',
      notFound: 'Ten raport nie istnieje albo nie możesz go eksportować. Przygotuj go ponownie.',
      onlyApprover: 'Tylko skonfigurowana druga osoba zatwierdzająca może zatwierdzić ten raport.',
      onlyAuthor: 'Tylko autor może wyeksportować ten raport.',
      approverNotReachedTitle: 'Nie dotarto do osoby zatwierdzającej',
      approverNotReached:
        'Nie udało mi się teraz wysłać prośby o zatwierdzenie do osoby zatwierdzającej w Teams (aplikacja może nie być dla niej zainstalowana). Poproś ją o otwarcie aplikacji i spróbuj ponownie albo zwróć się do administratora.',
      exported: 'Wyeksportowano „{title}”: Word {docx} · Markdown {markdown}',
      exportedOneDrive:
        'Wyeksportowano „{title}” do usługi OneDrive autora: Word {docx} · Markdown {markdown}',
      storeUnavailable:
        'Usługa OneDrive jest teraz niedostępna, więc raport nie został wyeksportowany. Poproś mnie o ponowny eksport za minutę.',
      storeDenied:
        'Nie udało się zapisać raportu w usłudze OneDrive autora (odmowa dostępu lub brak OneDrive dla tego użytkownika). Administrator powinien sprawdzić uprawnienie Files.ReadWrite.All aplikacji.',
      storeTooLarge: 'Wyeksportowany raport ma ponad 4 MB, więc jest za duży, aby przesłać go do OneDrive.',
      nothingRelevant:
        'Nie znalazłem nic istotnego na ten temat w dokumentach, do których masz dostęp, więc nie przygotowałem raportu.',
      nothingRelevantEveryoneHere:
        'Nie znalazłem nic istotnego na ten temat w dokumentach, do których wszyscy tutaj mają dostęp, więc nie przygotowałem raportu.',
    },
    tickets: {
      priorities: { low: 'niskim', normal: 'normalnym', high: 'wysokim', urgent: 'pilnym' },
      statuses: { new: 'nowe', active: 'w toku', resolved: 'rozwiązane', closed: 'zamknięte' },
      keptPrivateTitle: 'Zgłoszenia są prywatne',
      keptPrivate:
        'Twoje zgłoszenia są prywatne, więc nie pokazuję ich tam, gdzie czytają je inne osoby. Zapytaj mnie w naszym czacie 1:1.',
      checkForm:
        'Sprawdź formularz zgłoszenia i wybierz Zgłoś. Nic nie zostanie zgłoszone, dopóki nie potwierdzisz.',
      addTitle: 'Dodaj tytuł o długości co najmniej {min} znaków.',
      notAnswered:
        'System zgłoszeń nie odpowiedział, więc zgłoszenie mogło jeszcze nie zostać utworzone. Za minutę wybierz ponownie Zgłoś; nie zostanie utworzone dwa razy.',
      proposal: 'Utwórz zgłoszenie ({category}) o {priority} priorytecie: „{title}”.',
      noTitleYet: '(jeszcze bez tytułu)',
      filed: 'Utworzono zgłoszenie {id}.',
      none: 'Nie masz jeszcze zgłoszeń.',
      listItem: 'nr {id} ({status})',
      notFoundTitle: 'Nie znaleziono zgłoszenia',
      notFound: 'Nie znalazłem Twojego zgłoszenia {id}. Napisz "my tickets", aby zobaczyć swoje zgłoszenia.',
      status: 'Zgłoszenie {id}: {status}.',
      backendDenied: 'System zgłoszeń odmówił asystentowi dostępu. Poinformuj dział wsparcia IT.',
      backendUnavailable: 'System zgłoszeń jest teraz niedostępny. Spróbuj ponownie za minutę.',
      backendRejected: 'System zgłoszeń odrzucił żądanie. Poinformuj dział wsparcia IT.',
    },
    confirm: {
      unknown: 'To potwierdzenie jest nieważne.',
      expired: 'To potwierdzenie wygasło. Zapytaj ponownie, aby otrzymać nową kartę.',
      used: 'To zostało już potwierdzone.',
      cancelled: 'To zostało anulowane, więc nic nie zrobiono. Zapytaj ponownie, aby otrzymać nową kartę.',
      wrong_user: 'Tylko osoba, która o to poprosiła, może to potwierdzić.',
      wrong_skill: 'To potwierdzenie dotyczy innej czynności.',
    },
    router: {
      whichTicket: 'Jaki jest numer zgłoszenia?',
      whatProblem: 'Na czym polega problem? Opisz go jednym zdaniem (co, gdzie, od kiedy).',
      reportTopic: 'Czego ma dotyczyć raport?',
      giveTicketNumber: 'Podaj numer zgłoszenia, np. 12.',
    },
    teams: {
      cardOnlyTitle: 'Ta wiadomość zawiera tylko kartę',
      cardOnly:
        'Odpowiadam na pytania zapisane słowami. Wpisz pytanie albo napisz "help", aby zobaczyć, co potrafię. Wyniki wyszukiwania wstawione rozszerzeniem wiadomości służą do udostępniania innym osobom.',
      sentPrivately: 'Wysłałem Ci pełną odpowiedź w naszym czacie.',
      notSentPrivately:
        'Nie udało mi się teraz otworzyć czatu z Tobą. Zadaj mi pytanie w czacie 1:1, aby otrzymać pełną odpowiedź.',
    },
    access: {
      groupsUnchecked:
        'Nie udało się teraz sprawdzić Twoich przynależności do grup, więc przeszukano tylko dokumenty dostępne dla wszystkich.',
      membersUnchecked:
        'Nie udało się teraz sprawdzić uczestników tej rozmowy, więc przeszukano tylko dokumenty dostępne dla wszystkich.',
      externalMember:
        'W tej rozmowie uczestniczy osoba spoza organizacji, więc przeszukano tylko to, co ta osoba może czytać.',
    },
    model: {
      writing: 'Piszę odpowiedź na podstawie dokumentów, do których masz dostęp…',
      interrupted: 'Odpowiedź została przerwana. Spróbuj ponownie.',
    },
    extensions: {
      fromMessage: '— Z wiadomości w Teams',
      fromMessageBy: '— Z wiadomości w Teams od: {author}',
      emptySearch:
        'Wpisz kilka słów, aby przeszukać dokumenty, do których masz dostęp, na przykład „test zaniku skuteczności hamulców” lub „VPN”.',
      fileTicketTitle: 'Utwórz zgłoszenie z tej wiadomości',
      noText:
        'Ta wiadomość nie zawiera tekstu, z którego można utworzyć zgłoszenie. Otwórz bota i opisz w nim problem.',
      discarded: 'Odrzucono. Nic nie zostało zgłoszone.',
      noMatch:
        'Żaden dokument, do którego masz dostęp, nie pasuje do tego wyszukiwania. Spróbuj innych słów lub nazwy normy.',
      unknownCommand:
        'Polecenie wyszukiwania tej aplikacji to "{command}" (parametr "query"). Wyszukaj z tym identyfikatorem polecenia albo bez niego.',
      gone: 'Ten dokument nie jest już dostępny. Wyszukaj ponownie.',
      searchTooLong: 'Wyszukaj, używając maksymalnie {max} znaków.',
      searchInvalid: 'Tekst wyszukiwania jest nieprawidłowy.',
    },
    tips: {
      completeQuestion: 'Zadaj pełne pytanie na jeden temat, na przykład o test, część lub procedurę.',
      broaderWords:
        'Użyj szerszych lub prostszych słów: żaden dokument, który możesz czytać, nie pasuje do tego pytania.',
      ownVocabulary:
        'Użyj słownictwa z dokumentów, np. nazwy produktu lub części, normy albo tytułu dokumentu.',
      nameSubject: 'Podaj produkt, zespół lub lokalizację, których dotyczy pytanie.',
      shorterQuestion: 'Zadaj krótsze pytanie na jeden temat.',
      otherWords: 'Spróbuj innych słów na to samo, na przykład terminu używanego w dokumentach.',
      nameBrand: 'Podaj markę, jeśli pytanie dotyczy jednej z nich ({brands}).',
      languages: 'Dokumenty są w językach: {languages}; słowa w jednym z nich znajdują najwięcej.',
    },
  },
  errors: {
    search_unavailable: 'Wyszukiwanie wiedzy jest teraz niedostępne. Spróbuj ponownie za minutę.',
    question_too_long: 'Pytanie jest za długie. Zapytaj o jeden temat w maksymalnie 500 znakach.',
    confirmation_invalid: 'To potwierdzenie jest już nieważne. Zapytaj ponownie, aby otrzymać nową kartę.',
    model_unavailable: 'Model językowy jest teraz niedostępny. Spróbuj ponownie za minutę.',
    model_timeout: 'Model językowy odpowiadał zbyt długo. Spróbuj ponownie.',
    audit_unavailable:
      'Nic nie zostało zrobione, ponieważ działania nie udało się zapisać w dzienniku audytu. Spróbuj ponownie za minutę.',
    request_timeout: 'Żądanie trwało zbyt długo. Spróbuj ponownie.',
    internal_error: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie.',
    invalid_parameters: 'Niektóre przesłane wartości są nieprawidłowe.',
  },
};
