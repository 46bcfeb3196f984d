import type { Messages } from '../Messages';

/** The pl catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const plReplies: Messages['replies'] = {
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
    exportedOneDrive: 'Wyeksportowano „{title}” do usługi OneDrive autora: Word {docx} · Markdown {markdown}',
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
};
