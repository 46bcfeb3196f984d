import type { Messages } from './Messages';

/** Portuguese. */
export const pt: Messages = {
  language: 'pt',
  languageNames: {
    en: 'inglês',
    fr: 'francês',
    it: 'italiano',
    de: 'alemão',
    es: 'espanhol',
    pt: 'português',
    nl: 'neerlandês',
    pl: 'polaco',
  },
  answer: {
    answerFromOne: 'Resposta de 1 fonte',
    answerFromMany: 'Resposta de {count} fontes',
    sources: 'Fontes',
    toggleExcerpts: 'Mostrar ou ocultar excertos',
    aiGenerated: 'O conteúdo gerado por IA pode estar incorreto.',
    shortened: 'Resposta abreviada; abra as fontes para ver o texto completo.',
    source: 'Fonte {n}',
    quotedIn: 'citado em {language}',
    extractedFooter:
      'Extraído de {documents} {readers}. Verifique as fontes antes de confiar nesta resposta.',
    writtenFooter:
      'Escrito por {model} (um modelo de linguagem) a partir de {documents} {readers}. Verifique as fontes antes de confiar nesta resposta.',
    documentsYouCanAccess: 'a que tem acesso',
    documentsEveryoneHereCanAccess: 'a que todos aqui têm acesso',
    oneDocument: '1 documento',
    manyDocuments: '{count} documentos',
    leftOut: 'Algumas fontes foram omitidas porque nem todos aqui as podem ler.',
    sendPrivately: 'Enviar-me a resposta completa em privado',
    sensitivity: 'Confidencialidade: {label}',
    notQuoted: 'não citado aqui ({label})',
    withheld:
      'Os documentos com uma etiqueta acima de {label} não são citados em conversas de grupo: abra-os para os ler.',
  },
  noAnswer: {
    title: 'Não encontrei nada relevante nos documentos a que tem acesso, por isso não vou adivinhar.',
    tryThis: 'Pode experimentar:',
    said: 'Não encontrei nada relevante nos documentos a que tem acesso, por isso não vou adivinhar.',
    titleEveryoneHere:
      'Não encontrei nada relevante nos documentos a que todos aqui têm acesso, por isso não vou adivinhar.',
    saidEveryoneHere:
      'Não encontrei nada relevante nos documentos a que todos aqui têm acesso, por isso não vou adivinhar.',
  },
  error: {
    title: 'Algo correu mal',
    code: 'Código de erro: {code}',
    unexpected: 'Ocorreu um erro inesperado.',
  },
  skills: {
    helpTitle: '{botName}: ajuda',
    helpIntro:
      'Faça uma pergunta por palavras suas. Só uso documentos a que tem acesso, cito uma fonte para cada afirmação e digo-o quando não encontro nada relevante. Funções:',
    helpExamples: 'Perguntas de exemplo (clique para enviar):',
    welcomeTitle: 'Olá, sou o {botName}',
    welcomeIntro:
      'Respondo a perguntas a partir dos documentos a que tem acesso e mostro de onde vem cada resposta. Eis o que posso fazer:',
    welcomeExamples: 'Experimente uma destas:',
    assistant: 'Assistente',
  },
  notice: {
    replyNext: 'Responda na sua próxima mensagem.',
    discarded: 'Descartado',
    nothingDone: 'Nada foi registado, exportado ou partilhado.',
  },
  result: {
    untitled: 'Documento sem título',
    openDocument: 'Abrir documento',
    restrictedNote:
      'Apenas o título e a ligação são mostrados: nem todos nesta conversa podem ler este documento, ou a sua etiqueta de confidencialidade impede que seja citado aqui.',
    restrictedWarning:
      'Nem todos aqui podem ler este documento, ou a sua etiqueta de confidencialidade impede que seja citado aqui: apenas o título e a ligação serão inseridos.',
  },
  tickets: {
    show: 'Mostrar o ticket {id}',
    formTitle: 'Novo pedido: verifique e confirme',
    formIntro:
      'Preenchi isto a partir da sua mensagem. Nada é registado até escolher Registar pedido; edite primeiro qualquer campo.',
    title: 'Título',
    titlePlaceholder: 'O que está errado, numa linha',
    titleError: 'Introduza um título de 3 a 200 caracteres.',
    description: 'Descrição',
    descriptionPlaceholder: 'O que aconteceu, onde, desde quando, o que já experimentou',
    category: 'Categoria',
    categoryError: 'Escolha uma categoria.',
    priority: 'Prioridade',
    priorityError: 'Escolha uma prioridade.',
    brand: 'Marca',
    component: 'Equipamento ou serviço afetado',
    componentPlaceholder: 'p. ex. simulador, VPN, sala 4.12',
    file: 'Registar pedido',
    discard: 'Descartar',
    filed: 'Pedido {id} registado',
    followUp: 'Pergunte "status of ticket {id}" ou "my tickets" para o acompanhar.',
    open: 'Abrir pedido',
    statusLine: 'Pedido {id}: {status}',
    none: 'Ainda não tem pedidos. Escreva "open a ticket:" seguido do problema para registar um.',
    yours: 'Os seus pedidos',
    yoursCount: 'Os seus pedidos ({count})',
    yoursOf: 'Os seus pedidos ({count} de {total}, mais recentes primeiro)',
    noTitle: '(sem título)',
    priorities: {
      low: 'Baixa',
      normal: 'Normal',
      high: 'Alta (bloqueia o meu trabalho)',
      urgent: 'Urgente (segurança ou paragem de produção)',
    },
    notBrandSpecific: 'Sem marca específica',
    other: 'Outro',
    statuses: { new: 'Novo', active: 'Em curso', resolved: 'Resolvido', closed: 'Fechado' },
    facts: {
      status: 'Estado',
      priority: 'Prioridade',
      category: 'Categoria',
      brand: 'Marca',
      affects: 'Afeta',
      filedFor: 'Registado para',
      filed: 'Registado',
    },
  },
  reports: {
    summary: 'Resumo',
    openQuestions: 'Questões em aberto',
    sources: 'Fontes',
    changeLabel: 'O que deve mudar? (opcional, depois Regenerar)',
    changePlaceholder: 'p. ex. focar num ensaio',
    regenerate: 'Regenerar',
    discard: 'Descartar',
    export: 'Exportar',
    approveAndExport: 'Aprovar e exportar',
    exported: 'Relatório exportado',
    noDownloads:
      'As ligações de transferência não estão disponíveis aqui; peça novamente o relatório ao bot.',
    report: 'Relatório',
    section: 'Secção',
    source: 'Fonte {n}',
  },
  errors: {
    search_unavailable:
      'A pesquisa de conhecimento não está disponível agora. Tente novamente dentro de um minuto.',
    question_too_long: 'A pergunta é demasiado longa. Pergunte sobre um só tema em 500 caracteres no máximo.',
    confirmation_invalid: 'Esta confirmação já não é válida. Pergunte novamente para obter um novo cartão.',
    model_unavailable:
      'O modelo de linguagem não está disponível agora. Tente novamente dentro de um minuto.',
    model_timeout: 'O modelo de linguagem demorou demasiado a responder. Tente novamente.',
    audit_unavailable:
      'Nada foi feito, porque a ação não pôde ser registada na auditoria. Tente novamente dentro de um minuto.',
    request_timeout: 'O pedido demorou demasiado. Tente novamente.',
    internal_error: 'Algo correu mal do nosso lado. Tente novamente.',
    invalid_parameters: 'Alguns dos valores enviados não são válidos.',
  },
};
