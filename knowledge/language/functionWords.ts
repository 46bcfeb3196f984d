import type { Language } from './languages';

const words = (list: string): readonly string[] => list.split(/\s+/u).filter((w) => w !== '');

/**
 * Function words of each supported language, lower case, accents kept: articles, pronouns, prepositions,
 * conjunctions, auxiliaries and question words, the words nearly every text of the language holds. They are
 * what language detection counts and what searches skip. General grammar only: no domain vocabulary.
 */
export const FUNCTION_WORDS_BY_LANGUAGE: Readonly<Record<Language, readonly string[]>> = {
  en: words(`
    a an the and or but nor of to in on at by for from with without into onto over under about above below
    between through during before after up down out off than then so as if i me my we our you your he she it its
    they them their this that these those there here not no yes all any each every some such only own same too
    very just also more most other be been being am have has had having e.g i.e etc`),
  fr: words(`
    le la les un une des du de au aux et ou mais donc ni car ce cet cette ces ça cela ceci il elle ils elles on
    je tu nous vous me te se lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos qui que qu quoi
    dont où quel quelle quels quelles lequel laquelle lesquels lesquelles comment combien pourquoi quand est sont
    être été était étaient suis es sommes êtes ai as avons avez ont avoir y en dans sur sous par pour avec sans
    entre vers chez ne pas plus moins très aussi tout tous toute toutes peut peuvent doit doivent faut fait faire
    est-ce ceux celle celui`),
  de: words(`
    der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn ich du er sie es wir
    ihr mich mir dich dir sich uns euch ihm ihn ihnen sein seine seiner seinen ihre ihren mein meine dein unser
    euer dieser diese dieses diesem diesen jener jene welche welcher welches welchen welchem was wer wen wem
    wessen wie wo wann warum weshalb wieso woher wohin wieviel wieviele ist sind war waren bin bist seid gewesen
    wird werden wurde wurden hat haben hatte hatten kann können muss müssen soll sollen darf dürfen will wollen
    nicht kein keine keinen auch nur noch schon sehr zu zum zur im am an auf aus bei beim mit nach von vom vor für
    über unter durch gegen ohne um bis als ob dass da hier dort gibt man z.b d.h u.a bzw ca usw`),
  it: words(`
    il lo la gli le uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle nel nello nella
    nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra ed od ma però che chi cui cosa come dove
    quando quale quali quanto quanta quanti quante perché perche è sono sia siano era erano essere stato stata
    ha hanno ho hai abbiamo avere non più meno molto anche solo questo questa questi queste quello quella quelli
    quelle ci si ne mi ti vi lei loro suo sua suoi sue mio mia può possono deve devono al allo alla ai agli alle
    col ecc qual`),
  es: words(`
    el la los las un una unos unas lo al del de en y o u e ni pero sino que qué quien quién quienes cual cuál
    cuales cuáles cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas como cómo donde dónde cuando cuándo
    por para con sin sobre entre hasta desde hacia según es son ser fue fueron era eran está están estar ha han
    haber hay he se me te le les nos os su sus mi mis tu tus nuestro nuestra este esta estos estas ese esa esos
    esas aquel no sí más menos muy también ya puede pueden debe deben hace hacer cada otro otra`),
  pt: words(`
    o a os as um uma uns umas do da dos das de em no na nos nas ao aos à às pelo pela pelos pelas e ou mas nem
    que quem qual quais quanto quanta quantos quantas como onde quando porque por para com sem sobre entre até
    desde é são ser foi foram era eram está estão estar tem têm ter há se me te lhe lhes nos seu sua seus suas
    meu minha este esta estes estas esse essa isso isto aquele não sim mais menos muito também já pode podem
    deve devem cada outro outra`),
  nl: words(`
    de het een en of maar dat die dit deze wie wat welk welke waar wanneer waarom hoe hoeveel is zijn was waren
    ben bent wordt worden werd werden heeft hebben had hadden kan kunnen moet moeten mag mogen wil willen zal
    zullen niet geen ook nog al zeer te ter in op aan bij met naar uit voor door over onder tegen zonder tot om
    als er hier daar ik jij je hij zij ze wij we jullie u mij me hem haar ons hun mijn jouw uw zich men`),
  pl: words(`
    i a w we z ze na do od o u za po przez przy dla bez pod nad przed między lub albo ale czy że to ten ta te
    tego tej tych jest są był była było były być ma mają może mogą musi trzeba jak jaki jaka jakie jakich który
    która które kto co gdzie kiedy dlaczego ile nie tak też już się mi mnie go jej ich nas was jego`),
};
