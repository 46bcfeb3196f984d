const words = (list: string): string[] => list.split(/\s+/u).filter((w) => w !== '');

const ENGLISH = words(`
  a an the and or but nor of to in on at by for from with without into onto over under about above below
  between through during before after up down out off than then so as if i me my we our you your he she it its
  they them their this that these those there here not no yes all any each every some such only own same too
  very just also more most other be been being am have has had having e.g i.e etc`);

const QUESTION_WORDS = words(`
  what which who whom whose when where why how do does did done is are was were can could should would will
  shall may might must tell explain describe please show give find know many much use`);

const FRENCH = words(`
  le la les un une des du de au aux et ou mais donc ni car ce cet cette ces ça cela ceci il elle ils elles on
  je tu nous vous me te se lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos qui que qu quoi
  dont où quel quelle quels quelles lequel laquelle lesquels lesquelles comment combien pourquoi quand est sont
  être été était étaient suis es sommes êtes ai as avons avez ont avoir y en dans sur sous par pour avec sans
  entre vers chez ne pas plus moins très aussi tout tous toute toutes peut peuvent doit doivent faut fait faire
  est-ce ceux celle celui`);

const GERMAN = words(`
  der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn ich du er sie es wir
  ihr mich mir dich dir sich uns euch ihm ihn ihnen sein seine seiner seinen ihre ihren mein meine dein unser
  euer dieser diese dieses diesem diesen jener jene welche welcher welches welchen welchem was wer wen wem
  wessen wie wo wann warum weshalb wieso woher wohin wieviel wieviele ist sind war waren bin bist seid gewesen
  wird werden wurde wurden hat haben hatte hatten kann können muss müssen soll sollen darf dürfen will wollen
  nicht kein keine keinen auch nur noch schon sehr zu zum zur im am an auf aus bei beim mit nach von vom vor für
  über unter durch gegen ohne um bis als ob dass da hier dort gibt man z.b d.h u.a bzw ca usw`);

const ITALIAN = words(`
  il lo la gli le uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle nel nello nella
  nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra ed od ma però che chi cui cosa come dove
  quando quale quali quanto quanta quanti quante perché perche è sono sia siano era erano essere stato stata
  ha hanno ho hai abbiamo avere non più meno molto anche solo questo questa questi queste quello quella quelli
  quelle ci si ne mi ti vi lei loro suo sua suoi sue mio mia può possono deve devono al allo alla ai agli alle
  col ecc qual`);

/**
 * Lower-case stop words of English, French, German and Italian plus English question words. All four sets are
 * always applied because a question may be asked in any language. Matched against unstemmed tokens.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH,
  ...QUESTION_WORDS,
  ...FRENCH,
  ...GERMAN,
  ...ITALIAN,
]);

/**
 * Function words of English, French, German and Italian only (no question words such as `use` or `show`, which
 * can be a question's subject): words nearly every passage holds, so a search skips them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...ENGLISH, ...FRENCH, ...GERMAN, ...ITALIAN]);
