/**
 * Number-first reading, the step of the rules stage that runs after the
 * template rules (src/extract/rules/index.ts): see read.ts and rules/facets.yaml.
 */
export { defaultLexicon, loadLexicon, type Lexicon } from './lexicon.js';
export { numberFirst, UNPLACED_RULE } from './read.js';
export { checkQuantityExample } from './tester.js';
