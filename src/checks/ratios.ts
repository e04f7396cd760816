/** Rate definitions (ratios.yaml), validated against the catalogue at load; the rounding rule of stated shares. */
import { z } from 'zod';
import { catalogue } from '../model/catalogue.js';
import { readYamlFile } from '../yaml-file.js';

const key = z.string().refine((k) => catalogue.has(k), { message: 'not a catalogue key' });

export const Ratio = z.object({
  rate: key,
  numerators: z.array(z.array(key).min(1)).min(1),
  denominators: z.array(key).min(1),
});
export type Ratio = z.infer<typeof Ratio>;

const path = new URL('./ratios.yaml', import.meta.url);

function load(): Ratio[] {
  const parsed = z.object({ ratios: z.array(Ratio).min(1) }).safeParse(readYamlFile(path));
  if (!parsed.success) throw new Error(`${path.pathname}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.ratios;
}

export const ratios: readonly Ratio[] = load();

/** Decimals of a number as written in JS (81.23 → 2). */
export function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/**
 * Whether `stated` (with `decimals` written) is `computed` rounded or
 * truncated at that precision: 99 for 98,995; 81,23 for 81,2393.
 */
export function statesShare(stated: number, decimals: number, computed: number): boolean {
  const scale = 10 ** decimals;
  const rounded = Math.round(computed * scale + 1e-9) / scale;
  const truncated = Math.floor(computed * scale + 1e-9) / scale;
  return [rounded, truncated].some((x) => Math.abs(stated - x) < 1e-6);
}
