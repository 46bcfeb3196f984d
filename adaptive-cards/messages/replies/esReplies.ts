import type { Messages } from '../Messages';

/** The es catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const esReplies: Messages['replies'] = {
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
    backendDenied: 'El sistema de tickets ha denegado el acceso al asistente. Avise al soporte informático.',
    backendUnavailable:
      'El sistema de tickets no está disponible en este momento. Inténtelo de nuevo en un minuto.',
    backendRejected: 'El sistema de tickets ha rechazado la solicitud. Avise al soporte informático.',
  },
  confirm: {
    unknown: 'Esta confirmación no es válida.',
    expired: 'Esta confirmación ha caducado. Vuelva a preguntar para obtener una tarjeta nueva.',
    used: 'Esto ya se confirmó.',
    cancelled: 'Esto se canceló, así que no se hizo nada. Vuelva a preguntar para obtener una tarjeta nueva.',
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
};
