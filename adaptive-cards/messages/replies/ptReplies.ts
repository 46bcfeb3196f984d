import type { Messages } from '../Messages';

/** The pt catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const ptReplies: Messages['replies'] = {
  reports: {
    audiences: {
      internal: 'interno',
      management: 'para a direção',
      customer: 'para o cliente',
      external: 'externo',
    },
    exportSummary: 'Exportar "{title}" para Word e Markdown.',
    noApprover:
      'Um relatório {audience} só pode ser exportado depois de ser aprovado por uma segunda pessoa, e não está configurado nenhum aprovador. Contacte um administrador.',
    selfApprover:
      'Um relatório {audience} precisa de um segundo aprovador, e o aprovador configurado é você. Peça a um administrador que designe outra pessoa.',
    approverCannotReadOne:
      '{approver} não pode aprovar este relatório: {unreadable} das suas {count} fontes é um documento que essa pessoa não pode ler, por isso não foi enviado para aprovação. Gere-o novamente com um tema mais restrito ou contacte um administrador.',
    approverCannotReadMany:
      '{approver} não pode aprovar este relatório: {unreadable} das suas {count} fontes são documentos que essa pessoa não pode ler, por isso não foi enviado para aprovação. Gere-o novamente com um tema mais restrito ou contacte um administrador.',
    theApprover: 'o aprovador configurado',
    waiting: 'A aguardar a aprovação de {approver}. Verá a decisão aqui.',
    approved: 'Aprovado por {approver}.',
    approvedComment: 'Aprovado por {approver}: {comment}',
    rejected: 'Rejeitado por {approver}.',
    rejectedComment: 'Rejeitado por {approver}: {comment}',
    aColleague: 'Um colega',
    approvalAsked:
      '{asker} pede-lhe que aprove este relatório {audience}. Se o aprovar, é exportado para Word e Markdown para essa pessoa; se o rejeitar, ela recebe o seu comentário.',
    nothingExported: 'Nada foi exportado.',
    youCannotApproveOne:
      'Não pode aprovar este relatório: {unreadable} das suas fontes é um documento que não pode ler. Nada foi exportado; peça ao autor que o redija a partir de documentos que ambos possam ler.',
    youCannotApproveMany:
      'Não pode aprovar este relatório: {unreadable} das suas fontes são documentos que não pode ler. Nada foi exportado; peça ao autor que o redija a partir de documentos que ambos possam ler.',
    neverSent: 'Este relatório nunca foi enviado para aprovação.',
    notFound: 'Esse relatório não existe, ou não lhe cabe exportá-lo. Redija-o novamente.',
    onlyApprover: 'Só o segundo aprovador configurado pode aprovar este relatório.',
    onlyAuthor: 'Só o autor pode exportar este relatório.',
    approverNotReachedTitle: 'Aprovador não contactado',
    approverNotReached:
      'Não consegui enviar o pedido de aprovação ao aprovador no Teams neste momento (a aplicação pode não estar instalada para essa pessoa). Peça-lhe que abra a aplicação e tente novamente, ou contacte um administrador.',
    exported: 'Exportado "{title}": Word {docx} · Markdown {markdown}',
    exportedOneDrive: 'Exportado "{title}" para o OneDrive do autor: Word {docx} · Markdown {markdown}',
    storeUnavailable:
      'O OneDrive está indisponível neste momento, por isso o relatório não foi exportado. Peça-me que o exporte novamente dentro de um minuto.',
    storeDenied:
      'Não foi possível guardar o relatório no OneDrive do autor (acesso negado, ou este utilizador não tem OneDrive). Um administrador deve verificar a permissão Files.ReadWrite.All da aplicação.',
    storeTooLarge: 'O relatório exportado tem mais de 4 MB, demasiado grande para carregar no OneDrive.',
    nothingRelevant:
      'Não encontrei nada relevante sobre este tema nos documentos a que tem acesso, por isso não redigi um relatório.',
    nothingRelevantEveryoneHere:
      'Não encontrei nada relevante sobre este tema nos documentos a que todos aqui têm acesso, por isso não redigi um relatório.',
  },
  tickets: {
    priorities: { low: 'baixa', normal: 'normal', high: 'alta', urgent: 'urgente' },
    statuses: { new: 'novo', active: 'em curso', resolved: 'resolvido', closed: 'fechado' },
    keptPrivateTitle: 'Os pedidos são privados',
    keptPrivate:
      'Os seus pedidos são privados, por isso não os mostro onde outras pessoas os podem ler. Pergunte-me no nosso chat 1:1.',
    checkForm:
      'Verifique o formulário do pedido e selecione Registar pedido. Nada é registado até confirmar.',
    addTitle: 'Adicione um título com pelo menos {min} caracteres.',
    notAnswered:
      'O sistema de pedidos não respondeu, por isso o pedido pode ainda não estar registado. Selecione novamente Registar pedido dentro de um minuto; não será registado duas vezes.',
    proposal: 'Registar um pedido de {category} com prioridade {priority}: "{title}".',
    noTitleYet: '(ainda sem título)',
    filed: 'Pedido {id} registado.',
    none: 'Ainda não tem pedidos.',
    listItem: 'n.º {id} ({status})',
    notFoundTitle: 'Pedido não encontrado',
    notFound: 'Não encontrei nenhum pedido {id} registado por si. Escreva "my tickets" para ver os seus.',
    status: 'Pedido {id}: {status}.',
    backendDenied: 'O sistema de pedidos recusou o acesso do assistente. Informe o suporte informático.',
    backendUnavailable:
      'O sistema de pedidos está indisponível neste momento. Tente novamente dentro de um minuto.',
    backendRejected: 'O sistema de pedidos recusou o pedido. Informe o suporte informático.',
  },
  confirm: {
    unknown: 'Esta confirmação não é válida.',
    expired: 'Esta confirmação expirou. Pergunte novamente para obter um novo cartão.',
    used: 'Isto já foi confirmado.',
    cancelled: 'Isto foi cancelado, por isso nada foi feito. Pergunte novamente para obter um novo cartão.',
    wrong_user: 'Só a pessoa que fez o pedido pode confirmar.',
    wrong_skill: 'Esta confirmação pertence a outra ação.',
  },
  router: {
    whichTicket: 'Qual é o número do pedido?',
    whatProblem: 'Qual é o problema? Descreva-o numa frase (o quê, onde, desde quando).',
    reportTopic: 'Sobre o que deve ser o relatório?',
    giveTicketNumber: 'Indique o número do pedido, por exemplo 12.',
  },
  teams: {
    cardOnlyTitle: 'Essa mensagem contém apenas um cartão',
    cardOnly:
      'Respondo a perguntas escritas por palavras. Escreva a sua pergunta, ou escreva "help" para ver o que sei fazer. Os resultados de pesquisa que insere com a extensão de mensagens servem para partilhar com outras pessoas.',
    sentPrivately: 'Enviei-lhe a resposta completa no nosso chat.',
    notSentPrivately:
      'Não consegui abrir um chat consigo neste momento. Faça-me a pergunta num chat 1:1 para obter a resposta completa.',
  },
  access: {
    groupsUnchecked:
      'Não foi possível verificar agora os grupos a que pertence, por isso só foram pesquisados documentos abertos a todos.',
    membersUnchecked:
      'Não foi possível verificar agora os membros desta conversa, por isso só foram pesquisados documentos abertos a todos.',
    externalMember:
      'Está nesta conversa alguém de fora da organização, por isso só foi pesquisado o que essa pessoa pode ler.',
  },
  model: {
    writing: 'A escrever a resposta a partir dos documentos a que tem acesso…',
    interrupted: 'A resposta foi interrompida. Tente novamente.',
  },
  extensions: {
    fromMessage: '— De uma mensagem do Teams',
    fromMessageBy: '— De uma mensagem do Teams de {author}',
    emptySearch:
      'Escreva algumas palavras para pesquisar nos documentos a que tem acesso, por exemplo "teste de fading dos travões" ou "VPN".',
    fileTicketTitle: 'Registar um pedido a partir desta mensagem',
    noText:
      'Esta mensagem não tem texto a partir do qual registar um pedido. Abra o bot e descreva o problema.',
    discarded: 'Descartado. Nada foi registado.',
    noMatch:
      'Nenhum documento a que tem acesso corresponde a esta pesquisa. Experimente outras palavras ou o nome da norma.',
    unknownCommand:
      'O comando de pesquisa desta aplicação é "{command}" (parâmetro "query"). Pesquise com esse identificador de comando, ou sem nenhum.',
    gone: 'Este documento já não está disponível. Pesquise novamente.',
    searchTooLong: 'Pesquise com no máximo {max} caracteres.',
    searchInvalid: 'O texto de pesquisa não é válido.',
  },
  tips: {
    completeQuestion:
      'Faça uma pergunta completa sobre um só tema, por exemplo um ensaio, uma peça ou um procedimento.',
    broaderWords:
      'Use palavras mais gerais ou mais simples: nenhum documento que pode ler corresponde a esta pergunta.',
    ownVocabulary:
      'Use o vocabulário dos documentos, por exemplo o nome de um produto ou de uma peça, uma norma ou o título de um documento.',
    nameSubject: 'Indique o produto, a equipa ou o local a que a pergunta se refere.',
    shorterQuestion: 'Faça uma pergunta mais curta sobre um só tema.',
    otherWords: 'Experimente outras palavras para a mesma coisa, como o termo usado nos documentos.',
    nameBrand: 'Indique a marca, se a pergunta for sobre uma delas ({brands}).',
    languages: 'Os documentos estão em {languages}: palavras numa destas línguas encontram mais resultados.',
  },
};
