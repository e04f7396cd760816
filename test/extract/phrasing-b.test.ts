/**
 * The phrasing matrix of the institutions, organisation, staffing, finance,
 * e-government, PAR-index, plan, assignment, direction and inspection
 * families (test/extract/phrasing-b.yaml): each sentence, written the way a
 * province might, is read by every rule file and the number-first reading
 * together, as in a run, and what it yields for these families must be what
 * the case says ([] for the negatives).
 */
import { describeCases, loadCases, readSentence } from './phrasing-read.js';

const FAMILIES = /^(staff|org|finance|egov|legal|inspection|plan|assigned|direction|par_index)\./;

describeCases(loadCases(new URL('./phrasing-b.yaml', import.meta.url)), ({ text }) => readSentence(text, FAMILIES));
