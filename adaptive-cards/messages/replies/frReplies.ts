import type { Messages } from '../Messages';

/** The fr catalog's replies (see `Messages['replies']`): skill- and bot-written lines. */
export const frReplies: Messages['replies'] = {
  reports: {
    audiences: {
      internal: 'interne',
      management: 'pour la direction',
      customer: 'client',
      external: 'externe',
    },
    exportSummary: 'Exporter « {title} » vers Word et Markdown.',
    noApprover:
      'Un rapport {audience} ne peut être exporté qu’après l’approbation d’une seconde personne, et aucun approbateur n’est configuré. Adressez-vous à un administrateur.',
    selfApprover:
      'Un rapport {audience} doit être approuvé par une seconde personne, et c’est vous l’approbateur configuré. Demandez à un administrateur de désigner quelqu’un d’autre.',
    approverCannotReadOne:
      '{approver} ne peut pas approuver ce rapport : {unreadable} de ses {count} sources est un document que cette personne n’a pas le droit de lire ; il n’a donc pas été envoyé pour approbation. Régénérez-le sur un sujet plus restreint, ou adressez-vous à un administrateur.',
    approverCannotReadMany:
      '{approver} ne peut pas approuver ce rapport : {unreadable} de ses {count} sources sont des documents que cette personne n’a pas le droit de lire ; il n’a donc pas été envoyé pour approbation. Régénérez-le sur un sujet plus restreint, ou adressez-vous à un administrateur.',
    theApprover: 'l’approbateur configuré',
    waiting: 'En attente de l’approbation de {approver}. Vous verrez la décision ici.',
    approved: 'Approuvé par {approver}.',
    approvedComment: 'Approuvé par {approver} : {comment}',
    rejected: 'Refusé par {approver}.',
    rejectedComment: 'Refusé par {approver} : {comment}',
    aColleague: 'Un collègue',
    approvalAsked:
      '{asker} vous demande d’approuver ce rapport {audience}. Si vous l’approuvez, il est exporté vers Word et Markdown pour cette personne ; si vous le refusez, elle reçoit votre commentaire.',
    nothingExported: 'Rien n’a été exporté.',
    youCannotApproveOne:
      'Vous ne pouvez pas approuver ce rapport : {unreadable} de ses sources est un document que vous n’avez pas le droit de lire. Rien n’a été exporté ; demandez à l’auteur de le rédiger à partir de documents que vous pouvez lire tous les deux.',
    youCannotApproveMany:
      'Vous ne pouvez pas approuver ce rapport : {unreadable} de ses sources sont des documents que vous n’avez pas le droit de lire. Rien n’a été exporté ; demandez à l’auteur de le rédiger à partir de documents que vous pouvez lire tous les deux.',
    neverSent: 'Ce rapport n’a jamais été envoyé pour approbation.',
    notFound: 'Ce rapport n’existe pas, ou ce n’est pas à vous de l’exporter. Rédigez-le à nouveau.',
    onlyApprover: 'Seul le second approbateur configuré peut approuver ce rapport.',
    onlyAuthor: 'Seul l’auteur peut exporter ce rapport.',
    approverNotReachedTitle: 'Approbateur injoignable',
    approverNotReached:
      'Je n’ai pas pu envoyer la demande d’approbation à l’approbateur dans Teams pour le moment (l’application n’est peut-être pas installée pour cette personne). Demandez-lui d’ouvrir l’application puis réessayez, ou adressez-vous à un administrateur.',
    exported: '« {title} » exporté : Word {docx} · Markdown {markdown}',
    exportedOneDrive: '« {title} » exporté dans le OneDrive de l’auteur : Word {docx} · Markdown {markdown}',
    storeUnavailable:
      'OneDrive est indisponible pour le moment, le rapport n’a donc pas été exporté. Redemandez-moi de l’exporter dans une minute.',
    storeDenied:
      'Le rapport n’a pas pu être enregistré dans le OneDrive de l’auteur (accès refusé, ou pas de OneDrive pour cet utilisateur). Un administrateur doit vérifier l’autorisation Files.ReadWrite.All de l’application.',
    storeTooLarge: 'Le rapport exporté dépasse 4 Mo, il est trop volumineux pour être chargé dans OneDrive.',
    nothingRelevant:
      'Je n’ai rien trouvé de pertinent sur ce sujet dans les documents auxquels vous avez accès, je n’ai donc pas rédigé de rapport.',
    nothingRelevantEveryoneHere:
      'Je n’ai rien trouvé de pertinent sur ce sujet dans les documents auxquels tout le monde ici a accès, je n’ai donc pas rédigé de rapport.',
  },
  tickets: {
    priorities: { low: 'basse', normal: 'normale', high: 'haute', urgent: 'urgente' },
    statuses: { new: 'nouveau', active: 'en cours', resolved: 'résolu', closed: 'fermé' },
    keptPrivateTitle: 'Les tickets sont privés',
    keptPrivate:
      'Vos tickets sont privés : je ne les affiche pas là où d’autres personnes peuvent les lire. Demandez-les-moi dans notre conversation en tête-à-tête.',
    checkForm:
      'Vérifiez le formulaire du ticket et sélectionnez Créer le ticket. Rien n’est créé tant que vous n’avez pas confirmé.',
    addTitle: 'Ajoutez un titre d’au moins {min} caractères.',
    notAnswered:
      'Le système de tickets n’a pas répondu : le ticket n’est peut-être pas encore créé. Sélectionnez à nouveau Créer le ticket dans une minute ; il ne sera pas créé deux fois.',
    proposal: 'Créer un ticket {category} de priorité {priority} : « {title} ».',
    noTitleYet: '(pas encore de titre)',
    filed: 'Ticket {id} créé.',
    none: 'Vous n’avez pas encore de ticket.',
    listItem: 'n° {id} ({status})',
    notFoundTitle: 'Ticket introuvable',
    notFound: 'Je n’ai trouvé aucun ticket {id} créé par vous. Écrivez « my tickets » pour voir les vôtres.',
    status: 'Ticket {id} : {status}.',
    backendDenied: 'Le système de tickets a refusé l’accès de l’assistant. Prévenez le support informatique.',
    backendUnavailable: 'Le système de tickets est indisponible pour le moment. Réessayez dans une minute.',
    backendRejected: 'Le système de tickets a refusé la demande. Prévenez le support informatique.',
  },
  confirm: {
    unknown: 'Cette confirmation n’est pas valable.',
    expired: 'Cette confirmation a expiré. Redemandez pour obtenir une nouvelle carte.',
    used: 'Cela a déjà été confirmé.',
    cancelled: 'Cela a été annulé, donc rien n’a été fait. Redemandez pour obtenir une nouvelle carte.',
    wrong_user: 'Seule la personne qui a fait la demande peut confirmer.',
    wrong_skill: 'Cette confirmation concerne une autre action.',
  },
  router: {
    whichTicket: 'Quel numéro de ticket ?',
    whatProblem: 'Quel est le problème ? Décrivez-le en une phrase (quoi, où, depuis quand).',
    reportTopic: 'Sur quoi le rapport doit-il porter ?',
    giveTicketNumber: 'Indiquez le numéro du ticket, par exemple 12.',
  },
  teams: {
    cardOnlyTitle: 'Ce message ne contient qu’une carte',
    cardOnly:
      'Je réponds aux questions écrites en toutes lettres. Tapez votre question, ou écrivez « aide » pour voir ce que je sais faire. Les résultats de recherche insérés avec l’extension de message servent à les partager avec d’autres personnes.',
    sentPrivately: 'Je vous ai envoyé la réponse complète dans notre conversation en tête-à-tête.',
    notSentPrivately:
      'Je n’ai pas pu ouvrir de conversation avec vous pour le moment. Posez-moi la question en tête-à-tête pour obtenir la réponse complète.',
  },
  access: {
    groupsUnchecked:
      'Vos appartenances à des groupes n’ont pas pu être vérifiées pour le moment : seuls les documents ouverts à tous ont été consultés.',
    membersUnchecked:
      'Les membres de cette conversation n’ont pas pu être vérifiés pour le moment : seuls les documents ouverts à tous ont été consultés.',
    externalMember:
      'Une personne extérieure à l’organisation participe à cette conversation : seuls les documents qu’elle peut lire ont été consultés.',
  },
  model: {
    writing: 'Rédaction de la réponse à partir des documents auxquels vous avez accès…',
    interrupted: 'La réponse a été interrompue. Réessayez.',
  },
  extensions: {
    fromMessage: '— D’après un message Teams',
    fromMessageBy: '— D’après un message Teams de {author}',
    emptySearch:
      'Tapez quelques mots pour rechercher dans les documents auxquels vous avez accès, par exemple « essai de fading des freins » ou « VPN ».',
    fileTicketTitle: 'Créer un ticket à partir de ce message',
    noText:
      'Ce message ne contient pas de texte à partir duquel créer un ticket. Ouvrez le bot et décrivez plutôt le problème.',
    discarded: 'Abandonné. Aucun ticket n’a été créé.',
    noMatch:
      'Aucun document auquel vous avez accès ne correspond à cette recherche. Essayez d’autres mots, ou le nom de la norme.',
    unknownCommand:
      'La commande de recherche de cette application est « {command} » (paramètre « query »). Recherchez avec cet identifiant de commande, ou sans identifiant.',
    gone: 'Ce document n’est plus disponible. Relancez la recherche.',
    searchTooLong: 'Recherchez avec {max} caractères au plus.',
    searchInvalid: 'Le texte de recherche n’est pas valide.',
  },
  tips: {
    completeQuestion:
      'Posez une question complète sur un seul sujet, par exemple un essai, une pièce ou une procédure.',
    broaderWords:
      'Utilisez des mots plus généraux ou plus simples : aucun document que vous pouvez lire ne correspond à cette question.',
    ownVocabulary:
      'Employez le vocabulaire des documents, par exemple un nom de produit ou de pièce, une norme ou un titre de document.',
    nameSubject: 'Précisez le produit, l’équipe ou le site concerné par la question.',
    shorterQuestion: 'Posez une question plus courte sur un seul sujet.',
    otherWords: 'Essayez d’autres mots pour la même chose, comme le terme employé dans les documents.',
    nameBrand: 'Nommez la marque si la question porte sur l’une d’elles ({brands}).',
    languages:
      'Les documents sont en {languages} : des mots dans l’une de ces langues donnent le plus de résultats.',
  },
};
