import type { Messages } from './Messages';

/** French. */
export const fr: Messages = {
  language: 'fr',
  languageNames: {
    en: 'anglais',
    fr: 'français',
    it: 'italien',
    de: 'allemand',
    es: 'espagnol',
    pt: 'portugais',
    nl: 'néerlandais',
    pl: 'polonais',
  },
  answer: {
    answerFromOne: 'Réponse tirée d’1 source',
    answerFromMany: 'Réponse tirée de {count} sources',
    sources: 'Sources',
    toggleExcerpts: 'Afficher ou masquer les extraits',
    aiGenerated: 'Le contenu généré par l’IA peut être incorrect.',
    shortened: 'Réponse raccourcie ; ouvrez les sources pour le texte complet.',
    source: 'Source {n}',
    quotedIn: 'cité en {language}',
    extractedFooter: 'Extrait de {documents} {readers}. Vérifiez les sources avant de vous y fier.',
    writtenFooter:
      'Rédigé par {model} (un modèle de langage) à partir de {documents} {readers}. Vérifiez les sources avant de vous y fier.',
    documentsYouCanAccess: 'auxquels vous avez accès',
    documentsEveryoneHereCanAccess: 'auxquels tout le monde ici a accès',
    oneDocument: '1 document',
    manyDocuments: '{count} documents',
    leftOut: 'Certaines sources ont été omises, car tout le monde ici ne peut pas les lire.',
    sendPrivately: 'M’envoyer la réponse complète en privé',
    sensitivity: 'Sensibilité : {label}',
    notQuoted: 'non cité ici ({label})',
    withheld:
      'Les documents classés au-dessus de {label} ne sont pas cités dans les conversations de groupe : ouvrez-les pour les lire.',
  },
  noAnswer: {
    title:
      'Je n’ai rien trouvé de pertinent dans les documents auxquels vous avez accès, je ne vais donc pas deviner.',
    tryThis: 'Vous pourriez essayer :',
    said: 'Je n’ai rien trouvé de pertinent dans les documents auxquels vous avez accès, je ne vais donc pas deviner.',
    titleEveryoneHere:
      'Je n’ai rien trouvé de pertinent dans les documents auxquels tout le monde ici a accès, je ne vais donc pas deviner.',
    saidEveryoneHere:
      'Je n’ai rien trouvé de pertinent dans les documents auxquels tout le monde ici a accès, je ne vais donc pas deviner.',
  },
  error: {
    title: 'Un problème est survenu',
    code: 'Code d’erreur : {code}',
    unexpected: 'Une erreur inattendue s’est produite.',
  },
  skills: {
    helpTitle: '{botName} : aide',
    helpIntro:
      'Posez une question avec vos propres mots. Je n’utilise que les documents auxquels vous avez accès, je cite une source pour chaque affirmation et je le dis quand je ne trouve rien de pertinent. Compétences :',
    helpExamples: 'Exemples de questions (cliquez pour envoyer) :',
    welcomeTitle: 'Bonjour, je suis {botName}',
    welcomeIntro:
      'Je réponds aux questions à partir des documents auxquels vous avez accès et je montre d’où vient chaque réponse. Voici ce que je sais faire :',
    welcomeExamples: 'Essayez l’une de ces questions :',
    assistant: 'Assistant',
  },
  notice: {
    replyNext: 'Répondez dans votre prochain message.',
    discarded: 'Abandonné',
    nothingDone: 'Rien n’a été créé, exporté ni partagé.',
  },
  result: {
    untitled: 'Document sans titre',
    openDocument: 'Ouvrir le document',
    restrictedNote:
      'Seuls le titre et le lien sont affichés : tous les participants ne peuvent pas lire ce document, ou son étiquette de sensibilité empêche de le citer ici.',
    restrictedWarning:
      'Tous les participants ne peuvent pas lire ce document, ou son étiquette de sensibilité empêche de le citer ici : seuls son titre et son lien seront insérés.',
  },
  tickets: {
    show: 'Afficher le ticket {id}',
    formTitle: 'Nouveau ticket : vérifiez et confirmez',
    formIntro:
      'J’ai prérempli ce formulaire à partir de votre message. Rien n’est créé tant que vous n’avez pas choisi Créer le ticket ; modifiez d’abord ce qu’il faut.',
    title: 'Titre',
    titlePlaceholder: 'Le problème, en une ligne',
    titleError: 'Saisissez un titre de 3 à 200 caractères.',
    description: 'Description',
    descriptionPlaceholder: 'Ce qui s’est passé, où, depuis quand, ce que vous avez déjà essayé',
    category: 'Catégorie',
    categoryError: 'Choisissez une catégorie.',
    priority: 'Priorité',
    priorityError: 'Choisissez une priorité.',
    brand: 'Marque',
    component: 'Équipement ou service concerné',
    componentPlaceholder: 'p. ex. simulateur, VPN, salle 4.12',
    file: 'Créer le ticket',
    discard: 'Abandonner',
    filed: 'Ticket {id} créé',
    followUp: 'Demandez « status of ticket {id} » ou « my tickets » pour le suivre.',
    open: 'Ouvrir le ticket',
    statusLine: 'Ticket {id} : {status}',
    none: 'Vous n’avez pas encore de ticket. Écrivez « open a ticket: » suivi du problème pour en créer un.',
    yours: 'Vos tickets',
    yoursCount: 'Vos tickets ({count})',
    yoursOf: 'Vos tickets ({count} sur {total}, les plus récents d’abord)',
    noTitle: '(sans titre)',
    priorities: {
      low: 'Basse',
      normal: 'Normale',
      high: 'Haute (bloque mon travail)',
      urgent: 'Urgente (sécurité ou arrêt de production)',
    },
    notBrandSpecific: 'Toutes marques',
    other: 'Autre',
    statuses: { new: 'Nouveau', active: 'En cours', resolved: 'Résolu', closed: 'Fermé' },
    facts: {
      status: 'Statut',
      priority: 'Priorité',
      category: 'Catégorie',
      brand: 'Marque',
      affects: 'Concerne',
      filedFor: 'Créé pour',
      filed: 'Créé le',
    },
  },
  reports: {
    summary: 'Résumé',
    openQuestions: 'Questions ouvertes',
    sources: 'Sources',
    changeLabel: 'Que faut-il changer ? (facultatif, puis Régénérer)',
    changePlaceholder: 'p. ex. se concentrer sur un essai',
    regenerate: 'Régénérer',
    discard: 'Abandonner',
    export: 'Exporter',
    approveAndExport: 'Approuver et exporter',
    exported: 'Rapport exporté',
    noDownloads: 'Les liens de téléchargement ne sont pas disponibles ici ; redemandez le rapport au bot.',
    report: 'Rapport',
    section: 'Section',
    source: 'Source {n}',
  },
  errors: {
    search_unavailable:
      'La recherche documentaire est indisponible pour le moment. Réessayez dans une minute.',
    question_too_long:
      'La question est trop longue. Posez une question sur un seul sujet en 500 caractères au plus.',
    confirmation_invalid:
      'Cette confirmation n’est plus valable. Redemandez pour obtenir une nouvelle carte.',
    model_unavailable: 'Le modèle de langage est indisponible pour le moment. Réessayez dans une minute.',
    model_timeout: 'Le modèle de langage a mis trop de temps à répondre. Réessayez.',
    audit_unavailable:
      'Rien n’a été fait, car l’action n’a pas pu être enregistrée dans la piste d’audit. Réessayez dans une minute.',
    request_timeout: 'La demande a pris trop de temps. Réessayez.',
    internal_error: 'Un problème est survenu de notre côté. Réessayez.',
    invalid_parameters: 'Certaines valeurs envoyées ne sont pas valides.',
  },
};
