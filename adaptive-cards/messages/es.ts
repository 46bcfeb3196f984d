import type { Messages } from './Messages';

/** Spanish. */
export const es: Messages = {
  language: 'es',
  languageNames: {
    en: 'inglés',
    fr: 'francés',
    it: 'italiano',
    de: 'alemán',
    es: 'español',
    pt: 'portugués',
    nl: 'neerlandés',
    pl: 'polaco',
  },
  answer: {
    answerFromOne: 'Respuesta de 1 fuente',
    answerFromMany: 'Respuesta de {count} fuentes',
    sources: 'Fuentes',
    toggleExcerpts: 'Mostrar u ocultar extractos',
    aiGenerated: 'El contenido generado por IA puede ser incorrecto.',
    shortened: 'Respuesta abreviada; abra las fuentes para ver el texto completo.',
    source: 'Fuente {n}',
    quotedIn: 'citado en {language}',
    extractedFooter: 'Extraído de {documents} {readers}. Compruebe las fuentes antes de confiar en ello.',
    writtenFooter:
      'Redactado por {model} (un modelo de lenguaje) a partir de {documents} {readers}. Compruebe las fuentes antes de confiar en ello.',
    documentsYouCanAccess: 'a los que tiene acceso',
    documentsEveryoneHereCanAccess: 'a los que todos aquí tienen acceso',
    oneDocument: '1 documento',
    manyDocuments: '{count} documentos',
    leftOut: 'Se han omitido algunas fuentes porque no todos aquí pueden leerlas.',
    sendPrivately: 'Enviarme la respuesta completa en privado',
    sensitivity: 'Confidencialidad: {label}',
    notQuoted: 'no citado aquí ({label})',
    withheld:
      'Los documentos con una etiqueta superior a {label} no se citan en conversaciones de grupo: ábralos para leerlos.',
  },
  noAnswer: {
    title:
      'No he encontrado nada pertinente en los documentos a los que tiene acceso, así que no voy a adivinar.',
    tryThis: 'Puede probar lo siguiente:',
    said: 'No he encontrado nada pertinente en los documentos a los que tiene acceso, así que no voy a adivinar.',
    titleEveryoneHere:
      'No he encontrado nada pertinente en los documentos a los que todos aquí tienen acceso, así que no voy a adivinar.',
    saidEveryoneHere:
      'No he encontrado nada pertinente en los documentos a los que todos aquí tienen acceso, así que no voy a adivinar.',
  },
  error: {
    title: 'Algo ha salido mal',
    code: 'Código de error: {code}',
    unexpected: 'Se ha producido un error inesperado.',
  },
  skills: {
    helpTitle: '{botName}: ayuda',
    helpIntro:
      'Haga su pregunta con sus propias palabras. Solo uso documentos a los que tiene acceso, cito una fuente para cada afirmación y lo digo cuando no encuentro nada pertinente. Funciones:',
    helpExamples: 'Preguntas de ejemplo (haga clic para enviar):',
    welcomeTitle: 'Hola, soy {botName}',
    welcomeIntro:
      'Respondo preguntas a partir de los documentos a los que tiene acceso y muestro de dónde sale cada respuesta. Esto es lo que puedo hacer:',
    welcomeExamples: 'Pruebe una de estas:',
    assistant: 'Asistente',
  },
  notice: {
    replyNext: 'Responda en su próximo mensaje.',
    discarded: 'Descartado',
    nothingDone: 'No se ha registrado, exportado ni compartido nada.',
  },
  result: {
    untitled: 'Documento sin título',
    openDocument: 'Abrir documento',
    restrictedNote:
      'Solo se muestran el título y el enlace: no todos en esta conversación pueden leer este documento, o su etiqueta de confidencialidad impide citarlo aquí.',
    restrictedWarning:
      'No todos aquí pueden leer este documento, o su etiqueta de confidencialidad impide citarlo aquí: solo se insertarán su título y su enlace.',
  },
  tickets: {
    show: 'Mostrar el ticket {id}',
    formTitle: 'Nuevo ticket: revise y confirme',
    formIntro:
      'Lo he rellenado a partir de su mensaje. No se registra nada hasta que elija Registrar ticket; antes puede editar cualquier campo.',
    title: 'Título',
    titlePlaceholder: 'Qué falla, en una línea',
    titleError: 'Escriba un título de 3 a 200 caracteres.',
    description: 'Descripción',
    descriptionPlaceholder: 'Qué ha pasado, dónde, desde cuándo, qué ha probado ya',
    category: 'Categoría',
    categoryError: 'Elija una categoría.',
    priority: 'Prioridad',
    priorityError: 'Elija una prioridad.',
    brand: 'Marca',
    component: 'Equipo o servicio afectado',
    componentPlaceholder: 'p. ej. simulador, VPN, sala 4.12',
    file: 'Registrar ticket',
    discard: 'Descartar',
    filed: 'Ticket {id} registrado',
    followUp: 'Pregunte "status of ticket {id}" o "my tickets" para seguirlo.',
    open: 'Abrir ticket',
    statusLine: 'Ticket {id}: {status}',
    none: 'Todavía no tiene tickets. Escriba "open a ticket:" seguido del problema para registrar uno.',
    yours: 'Sus tickets',
    yoursCount: 'Sus tickets ({count})',
    yoursOf: 'Sus tickets ({count} de {total}, los más recientes primero)',
    noTitle: '(sin título)',
    priorities: {
      low: 'Baja',
      normal: 'Normal',
      high: 'Alta (bloquea mi trabajo)',
      urgent: 'Urgente (seguridad o parada de producción)',
    },
    notBrandSpecific: 'Sin marca concreta',
    other: 'Otros',
    statuses: { new: 'Nuevo', active: 'En curso', resolved: 'Resuelto', closed: 'Cerrado' },
    facts: {
      status: 'Estado',
      priority: 'Prioridad',
      category: 'Categoría',
      brand: 'Marca',
      affects: 'Afecta a',
      filedFor: 'Registrado para',
      filed: 'Registrado',
    },
  },
  reports: {
    reject: 'Rechazar',
    commentLabel: 'Comentario para el autor (opcional; se muestra con tu decisión)',
    moreSources: '… y {count} fuentes más en la exportación.',
    shortenedCounts:
      'Vista previa abreviada: {shown} de {all} hallazgos en {sections} de {allSections} secciones. El archivo exportado tiene el informe completo.',
    shortenedText: 'Vista previa abreviada; el archivo exportado tiene el texto completo.',
    writtenFooter:
      'Escrito por {model} a partir de {documents}; cada afirmación cita sus fuentes. Revisa las fuentes antes de compartir.',
    extractedFooter:
      'Extraído de {documents}; cada afirmación cita su fuente. Revisa las fuentes antes de compartir.',
    documentsOne: '1 documento al que el autor tiene acceso',
    documentsMany: '{count} documentos a los que el autor tiene acceso',
    audienceReport: 'Informe {audience}',
    needsApprover: 'la exportación necesita un segundo aprobador',
    sensitivity: 'Confidencialidad: {label}',
    brand: 'Marca: {name}',
    period: 'Periodo: {period}',
    drafted: 'Redactado el {date}',
    downloadWord: 'Descargar Word (.docx)',
    downloadMarkdown: 'Descargar Markdown (.md)',
    openWord: 'Abrir Word (.docx)',
    openMarkdown: 'Abrir Markdown (.md)',
    approvedBy: 'Aprobado por {name}.',
    approvedComment: 'Comentario: {comment}',
    approvedBySecond: 'Aprobado por una segunda persona.',
    sectionsOne: '1 sección',
    sectionsMany: '{count} secciones',
    findingsOne: '1 hallazgo',
    findingsMany: '{count} hallazgos',
    sourcesOne: '1 fuente',
    sourcesMany: '{count} fuentes',
    savedOneDrive: 'Guardado en el OneDrive del autor, carpeta Reports.',
    audiences: { internal: 'interno', management: 'dirección', customer: 'cliente', external: 'externo' },
    summary: 'Resumen',
    openQuestions: 'Preguntas abiertas',
    sources: 'Fuentes',
    changeLabel: '¿Qué debe cambiar? (opcional, luego Regenerar)',
    changePlaceholder: 'p. ej. centrarse en una prueba',
    regenerate: 'Regenerar',
    discard: 'Descartar',
    export: 'Exportar',
    approveAndExport: 'Aprobar y exportar',
    exported: 'Informe exportado',
    noDownloads: 'Los enlaces de descarga no están disponibles aquí; vuelva a pedir el informe al bot.',
    report: 'Informe',
    section: 'Sección',
    source: 'Fuente {n}',
  },
  replies: {
    reports: {
      audiences: {
        internal: 'interno',
        management: 'para la dirección',
        customer: 'para el cliente',
        external: 'externo',
      },
      exportSummary: 'Exportar "{title}" a Word y Markdown.',
      noApprover:
        'Un informe {audience} solo se puede exportar cuando lo aprueba una segunda persona, y no hay ningún aprobador configurado. Consulte a un administrador.',
      selfApprover:
        'Un informe {audience} necesita un segundo aprobador, y el aprobador configurado es usted. Pida a un administrador que designe a otra persona.',
      approverCannotReadOne:
        '{approver} no puede aprobar este informe: {unreadable} de sus {count} fuentes es un documento que esa persona no puede leer, así que no se envió para su aprobación. Vuelva a generarlo con un tema más acotado o consulte a un administrador.',
      approverCannotReadMany:
        '{approver} no puede aprobar este informe: {unreadable} de sus {count} fuentes son documentos que esa persona no puede leer, así que no se envió para su aprobación. Vuelva a generarlo con un tema más acotado o consulte a un administrador.',
      theApprover: 'el aprobador configurado',
      waiting: 'Esperando la aprobación de {approver}. Verá la decisión aquí.',
      approved: 'Aprobado por {approver}.',
      approvedComment: 'Aprobado por {approver}: {comment}',
      rejected: 'Rechazado por {approver}.',
      rejectedComment: 'Rechazado por {approver}: {comment}',
      aColleague: 'Un compañero',
      approvalAsked:
        '{asker} le pide que apruebe este informe {audience}. Si lo aprueba, se exporta a Word y Markdown para esa persona; si lo rechaza, recibe su comentario.',
      nothingExported: 'No se exportó nada.',
      youCannotApproveOne:
        'No puede aprobar este informe: {unreadable} de sus fuentes es un documento que usted no puede leer. No se exportó nada; pida al autor que lo redacte a partir de documentos que puedan leer los dos.',
      youCannotApproveMany:
        'No puede aprobar este informe: {unreadable} de sus fuentes son documentos que usted no puede leer. No se exportó nada; pida al autor que lo redacte a partir de documentos que puedan leer los dos.',
      neverSent: 'Este informe nunca se envió para su aprobación.',
      notFound: 'Ese informe no existe o no le corresponde exportarlo. Vuelva a redactarlo.',
      onlyApprover: 'Solo el segundo aprobador configurado puede aprobar este informe.',
      onlyAuthor: 'Solo el autor puede exportar este informe.',
      approverNotReachedTitle: 'No se pudo contactar con el aprobador',
      approverNotReached:
        'No he podido enviar la solicitud de aprobación al aprobador en Teams en este momento (puede que la aplicación no esté instalada para esa persona). Pídale que abra la aplicación y vuelva a intentarlo, o consulte a un administrador.',
      exported: 'Exportado "{title}": Word {docx} · Markdown {markdown}',
      exportedOneDrive: 'Exportado "{title}" al OneDrive del autor: Word {docx} · Markdown {markdown}',
      storeUnavailable:
        'OneDrive no está disponible en este momento, así que el informe no se exportó. Pídame que lo exporte de nuevo dentro de un minuto.',
      storeDenied:
        'No se pudo guardar el informe en el OneDrive del autor (acceso denegado, o este usuario no tiene OneDrive). Un administrador debe revisar el permiso Files.ReadWrite.All de la aplicación.',
      storeTooLarge: 'El informe exportado supera los 4 MB, demasiado para subirlo a OneDrive.',
      nothingRelevant:
        'No he encontrado nada relevante sobre este tema en los documentos a los que tiene acceso, así que no he redactado un informe.',
      nothingRelevantEveryoneHere:
        'No he encontrado nada relevante sobre este tema en los documentos a los que todos aquí tienen acceso, así que no he redactado un informe.',
    },
    tickets: {
      priorities: { low: 'baja', normal: 'normal', high: 'alta', urgent: 'urgente' },
      statuses: { new: 'nuevo', active: 'en curso', resolved: 'resuelto', closed: 'cerrado' },
      keptPrivateTitle: 'Los tickets son privados',
      keptPrivate:
        'Sus tickets son privados, así que no los muestro donde otras personas pueden leerlos. Pregúnteme en nuestro chat 1:1.',
      checkForm:
        'Revise el formulario del ticket y seleccione Registrar ticket. No se registra nada hasta que usted lo confirme.',
      addTitle: 'Añada un título de al menos {min} caracteres.',
      notAnswered:
        'El sistema de tickets no respondió, así que puede que el ticket aún no esté registrado. Vuelva a seleccionar Registrar ticket dentro de un minuto; no se registrará dos veces.',
      proposal: 'Registrar un ticket de {category} con prioridad {priority}: "{title}".',
      noTitleYet: '(aún sin título)',
      filed: 'Ticket {id} registrado.',
      none: 'Todavía no tiene tickets.',
      listItem: 'n.º {id} ({status})',
      notFoundTitle: 'Ticket no encontrado',
      notFound:
        'No he encontrado ningún ticket {id} registrado por usted. Escriba "my tickets" para ver los suyos.',
      status: 'Ticket {id}: {status}.',
      backendDenied:
        'El sistema de tickets ha denegado el acceso al asistente. Avise al soporte informático.',
      backendUnavailable:
        'El sistema de tickets no está disponible en este momento. Inténtelo de nuevo en un minuto.',
      backendRejected: 'El sistema de tickets ha rechazado la solicitud. Avise al soporte informático.',
    },
    confirm: {
      unknown: 'Esta confirmación no es válida.',
      expired: 'Esta confirmación ha caducado. Vuelva a preguntar para obtener una tarjeta nueva.',
      used: 'Esto ya se confirmó.',
      cancelled:
        'Esto se canceló, así que no se hizo nada. Vuelva a preguntar para obtener una tarjeta nueva.',
      wrong_user: 'Solo la persona que lo pidió puede confirmarlo.',
      wrong_skill: 'Esta confirmación corresponde a otra acción.',
    },
    router: {
      whichTicket: '¿Qué número de ticket?',
      whatProblem: '¿Cuál es el problema? Descríbalo en una frase (qué, dónde, desde cuándo).',
      reportTopic: '¿Sobre qué debe tratar el informe?',
      giveTicketNumber: 'Indique el número de ticket, por ejemplo 12.',
    },
    teams: {
      cardOnlyTitle: 'Ese mensaje solo contiene una tarjeta',
      cardOnly:
        'Respondo a preguntas escritas con palabras. Escriba su pregunta, o escriba "help" para ver lo que puedo hacer. Los resultados de búsqueda que inserta con la extensión de mensajería son para compartirlos con otras personas.',
      sentPrivately: 'Le he enviado la respuesta completa en nuestro chat.',
      notSentPrivately:
        'No he podido abrir un chat con usted en este momento. Hágame la pregunta en un chat 1:1 para obtener la respuesta completa.',
    },
    access: {
      groupsUnchecked:
        'No se han podido comprobar ahora sus pertenencias a grupos, así que solo se buscó en documentos abiertos a todos.',
      membersUnchecked:
        'No se han podido comprobar ahora los miembros de esta conversación, así que solo se buscó en documentos abiertos a todos.',
      externalMember:
        'En esta conversación hay alguien de fuera de la organización, así que solo se buscó en lo que esa persona puede leer.',
    },
    model: {
      writing: 'Redactando la respuesta a partir de los documentos a los que tiene acceso…',
      interrupted: 'La respuesta se interrumpió. Inténtelo de nuevo.',
    },
    extensions: {
      fromMessage: '— De un mensaje de Teams',
      fromMessageBy: '— De un mensaje de Teams de {author}',
      emptySearch:
        'Escriba unas palabras para buscar en los documentos a los que tiene acceso, por ejemplo "prueba de fading de frenos" o "VPN".',
      fileTicketTitle: 'Registrar un ticket a partir de este mensaje',
      noText:
        'Este mensaje no tiene texto a partir del cual registrar un ticket. Abra el bot y describa el problema.',
      discarded: 'Descartado. No se registró nada.',
      noMatch:
        'Ningún documento al que tiene acceso coincide con esta búsqueda. Pruebe con otras palabras o con el nombre de la norma.',
      unknownCommand:
        'El comando de búsqueda de esta aplicación es "{command}" (parámetro "query"). Busque con ese identificador de comando, o sin ninguno.',
      gone: 'Este documento ya no está disponible. Vuelva a buscar.',
      searchTooLong: 'Busque con {max} caracteres como máximo.',
      searchInvalid: 'El texto de búsqueda no es válido.',
    },
    tips: {
      completeQuestion:
        'Haga una pregunta completa sobre un solo tema, por ejemplo un ensayo, una pieza o un procedimiento.',
      broaderWords:
        'Use palabras más generales o sencillas: ningún documento que pueda leer coincide con esta pregunta.',
      ownVocabulary:
        'Use el vocabulario de los documentos, por ejemplo el nombre de un producto o de una pieza, una norma o el título de un documento.',
      nameSubject: 'Indique el producto, el equipo o el centro al que se refiere la pregunta.',
      shorterQuestion: 'Haga una pregunta más corta sobre un solo tema.',
      otherWords: 'Pruebe otras palabras para lo mismo, como el término que usan los documentos.',
      nameBrand: 'Indique la marca si la pregunta trata de una de ellas ({brands}).',
      languages: 'Los documentos están en {languages}: las palabras en uno de estos idiomas encuentran más.',
    },
  },
  errors: {
    search_unavailable:
      'La búsqueda de conocimiento no está disponible ahora. Inténtelo de nuevo en un minuto.',
    question_too_long:
      'La pregunta es demasiado larga. Pregunte sobre un solo tema en 500 caracteres como máximo.',
    confirmation_invalid:
      'Esta confirmación ya no es válida. Vuelva a preguntar para obtener una tarjeta nueva.',
    model_unavailable: 'El modelo de lenguaje no está disponible ahora. Inténtelo de nuevo en un minuto.',
    model_timeout: 'El modelo de lenguaje tardó demasiado en responder. Inténtelo de nuevo.',
    audit_unavailable:
      'No se ha hecho nada, porque la acción no se pudo registrar en la auditoría. Inténtelo de nuevo en un minuto.',
    request_timeout: 'La solicitud tardó demasiado. Inténtelo de nuevo.',
    internal_error: 'Algo ha fallado por nuestra parte. Inténtelo de nuevo.',
    invalid_parameters: 'Algunos de los valores enviados no son válidos.',
  },
};
