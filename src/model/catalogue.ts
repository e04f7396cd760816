/** The indicator catalogue (rules/catalogue.yaml), validated at load. */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlFile } from '../yaml-file.js';

export const UNITS = ['dossier', 'procedure', 'percent', 'person', 'document', 'task', 'unit', 'vnd', 'score', 'rank', 'count'] as const;
export const IndicatorUnit = z.enum(UNITS);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

export const Indicator = z.object({
  key: z.string().regex(/^[a-z_]+\.[a-z_0-9]+$/),
  unit: IndicatorUnit,
  family: z.string(),
  counts: z.string(),
  /** The key names its own level ("cán bộ, công chức cấp xã"): a heading's or label's level never applies to it. */
  named_level: z.enum(['province', 'district', 'commune']).optional(),
  /**
   * The key counting the other part of the same whole ("civil servants cut" and "public-unit staff cut"):
   * a text that does not split states their sum under this key too.
   */
  complement: z.string().optional(),
  /**
   * Progress of the period's own plan ("Đến thời điểm báo cáo / Đến ngày 15/12 đã hoàn thành 47/49 nhiệm vụ",
   * "Đến ngày 10/6 đã kiểm tra 5 đơn vị"): a count stated at a cut-off inside the report's period (up to its
   * date) is the report period's.
   */
  plan_progress: z.boolean().optional(),
  /**
   * A count of what exists at a time (staff present, departments): stated for a year or range that holds the
   * report's period ("Năm 2024, …; số công chức có mặt là 91 người" in a second-quarter report), it is the
   * count at the report's time, the report period's.
   */
  state: z.boolean().optional(),
  /**
   * The level is who acts, named before the number in its clause ("cấp huyện tự kiểm tra 1.026 văn bản của cấp
   * xã"), never whose the counted things are after it ("tự kiểm tra 27 văn bản do các xã gửi đến": the unit's own).
   */
  actor_level: z.boolean().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

const CatalogueFile = z.object({ indicators: z.array(Indicator).min(1) });

export const CATALOGUE_PATH = fileURLToPath(new URL('../../rules/catalogue.yaml', import.meta.url));

function load(): ReadonlyMap<string, Indicator> {
  const parsed = CatalogueFile.safeParse(readYamlFile(CATALOGUE_PATH));
  if (!parsed.success) throw new Error(`${CATALOGUE_PATH}: ${z.prettifyError(parsed.error)}`);
  const map = new Map<string, Indicator>();
  for (const ind of parsed.data.indicators) {
    if (map.has(ind.key)) throw new Error(`${CATALOGUE_PATH}: duplicate key ${ind.key}`);
    map.set(ind.key, ind);
  }
  for (const ind of map.values()) {
    if (ind.complement !== undefined && map.get(ind.complement)?.complement !== ind.key) {
      throw new Error(`${CATALOGUE_PATH}: ${ind.key}'s complement ${ind.complement} must name ${ind.key} back`);
    }
  }
  return map;
}

export const catalogue: ReadonlyMap<string, Indicator> = load();

export function indicatorOf(key: string): Indicator {
  const ind = catalogue.get(key);
  if (!ind) throw new Error(`unknown indicator key: ${key}`);
  return ind;
}
