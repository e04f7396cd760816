/** The catalogue identities and period flows (identities.yaml), validated against the catalogue at load. */
import { z } from 'zod';
import { catalogue } from '../model/catalogue.js';
import { readYamlFile } from '../yaml-file.js';

const key = z.string().refine((k) => catalogue.has(k), { message: 'not a catalogue key' });

export const Identity = z.object({
  total: key,
  parts: z.array(key).min(1),
  optional: z.array(key).default([]),
  complete: z.boolean().default(false),
  unless: z.array(key).default([]),
});
export type Identity = z.infer<typeof Identity>;

const IdentitiesFile = z.object({ identities: z.array(Identity).min(1), flows: z.array(key).min(1) });

const path = new URL('./identities.yaml', import.meta.url);

function load(): z.infer<typeof IdentitiesFile> {
  const parsed = IdentitiesFile.safeParse(readYamlFile(path));
  if (!parsed.success) throw new Error(`${path.pathname}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const file = load();
export const identities: readonly Identity[] = file.identities;
/** Indicators whose sub-period values add up to the whole period. */
export const flows: ReadonlySet<string> = new Set(file.flows);
