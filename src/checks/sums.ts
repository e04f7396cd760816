/** Sum arithmetic and its Vietnamese wording, shared by the sum checks. */
import { vi, viSum } from './check.js';

export interface SumFinding {
  total: number;
  parts: number[];
}

/** Rounded to 6 decimals, so 0.1 + 0.2 equals 0.3. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function sumOf(values: readonly number[]): number {
  return round(values.reduce((a, b) => a + b, 0));
}

/** "Tổng 8.803 ≠ 4.167 + 2.515 + 2.119 = 8.801 (lệch 2)". */
export function sumMessage(subject: string, { total, parts }: SumFinding): string {
  const sum = sumOf(parts);
  const gap = round(Math.abs(sum - total));
  const how = sum > total ? `các thành phần vượt tổng ${vi(gap)}` : `lệch ${vi(gap)}`;
  return `${subject}: tổng ${vi(total)} ≠ ${viSum(parts)} = ${vi(sum)} (${how})`;
}
