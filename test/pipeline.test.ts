import { describe, expect, it } from 'vitest';
import { loadStages, STAGE_NAMES } from '../src/pipeline.js';

describe('loadStages', () => {
  it('loads every stage by default, each under its own name, in pipeline order', async () => {
    expect((await loadStages()).map((stage) => stage.name)).toEqual(STAGE_NAMES);
    expect(STAGE_NAMES).toEqual(['normalise', 'metadata', 'documents', 'tables', 'structure', 'rules', 'consolidate', 'checks']);
  });

  it('loads only the named stages, in pipeline order whatever order they are named in', async () => {
    expect((await loadStages(['checks', 'normalise'])).map((stage) => stage.name)).toEqual(['normalise', 'checks']);
  });
});
