/**
 * The phrasing matrix of frames (test/extract/phrasing-c.yaml): sentences and short passages of every family grouped by
 * the syntactic frame that carries their figures (a topic before a colon, the passive, coordination, brackets,
 * fractions, comparisons) or by where their scope comes from (a heading, a list opener, an earlier sentence, a clause
 * after ';'), each read as the body of a 2024 report through the document tree and consolidated as in a run.
 */
import { describeCases, loadCases, readPassage } from './phrasing-read.js';

describeCases(loadCases(new URL('./phrasing-c.yaml', import.meta.url)), ({ text, unit }) => readPassage(text, /./, unit));
