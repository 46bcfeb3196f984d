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
