/** Types of the `snowball-stemmers` package (it ships none): Snowball stemmers compiled to JavaScript. */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    /** The stem of one lower-case word. */
    stem(word: string): string;
  }
  /** A stemmer for an algorithm name (`german`, `french`, ...); throws for an unknown name. */
  export function newStemmer(algorithm: string): Stemmer;
  /** The algorithm names this build knows. */
  export function algorithms(): string[];
}
