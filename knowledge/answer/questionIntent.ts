import { shortTextMemo } from '../memo/BoundedMemo';
/** What kind of answer a question asks for; drives which passage units make good statements. */
export interface QuestionIntent {
  /** "how many / what voltage / what is the limit": sentences with numbers are preferred. */
  readonly quantity: boolean;
  /** "how do I / what are the steps / procedure": the steps of a matching list are the answer, in order. */
  readonly procedure: boolean;
}

const QUANTITY = new RegExp(
  [
    '\\bhow (?:many|much|long|far|fast|high|low|heavy|big|large|often|hot|cold|old|wide|tall|deep|soon|small|short)\\b',
    '\\b(?:shortest|longest|smallest|largest|biggest|highest|lowest|greatest|fastest|slowest)\\b',
    '\\b(?:minimum|maximum|min|max|at least|at most|up to|percentage|percent|ratio|rate|frequency|duration|size|length|width|height|amount|count|version|year|date|deadline)\\b',
    '\\b(?:voltage|torque|pressure|temperature|speed|capacity|range|power|weight|mass|limit|tolerance|criteri(?:on|a)|value|deceleration|time|distance|thickness|force|target|price|cost|hours?)\\b',
    '\\bcombien\\b',
    '\\bwie (?:viel|viele|hoch|lang|lange|schnell|groß|oft|alt)\\b',
    '\\bquant[oaie]s?\\b',
    '(?:^|[^\\p{L}])cu[aá]nt[oa]s?\\b',
    '\\b(?:hoeveel|hoe lang|hoe vaak|ile|jak długo)\\b',
  ].join('|'),
  'iu',
);

const PROCEDURE = new RegExp(
  [
    '^\\s*how (?:do|can|should|must|shall) (?:i|we|you|one)\\b',
    '^\\s*how to\\b',
    '\\b(?:steps?|procedure|process|workflow|instructions?|checklist)\\b',
    '^\\s*comment (?:faire|puis-je|dois-je|demander)\\b',
    '^\\s*wie (?:kann|muss|soll) ich\\b',
    '^\\s*come (?:posso|devo|si)\\b',
    '\\b(?:étapes|procédure|ablauf|schritte|procedura|passaggi)\\b',
  ].join('|'),
  'iu',
);

/** Classifies a question by its wording (deterministic, language-aware for en/fr/de/it). */
export function questionIntent(question: string): QuestionIntent {
  return intentOf(question);
}

/** `questionIntent` remembered per question (the same question is classified several times per answer). */
const intentOf = shortTextMemo(
  (question: string): QuestionIntent => ({
    quantity: QUANTITY.test(question),
    procedure: PROCEDURE.test(question),
  }),
  1000,
  1024,
);
