/**
 * A function's results kept by key, the store cleared when it holds `limit` entries: a batch reads many reports,
 * and memory must stay bounded over it (word forms, label matches, a sentence's numbers).
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= limit) kept.clear();
      kept.set(key, (value = compute(key)));
    }
    return value;
  };
}
