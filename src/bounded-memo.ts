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

/**
 * The results for the last `kept` keys, the oldest dropped first: for work asked again right after (a sentence's
 * numbers, then its tokens, scan its dates and periods in turn). Callers never change a result.
 */
export function recentMemo<V>(kept: number): (key: string, compute: () => V) => V {
  const recent = new Map<string, V>();
  return (key, compute) => {
    let value = recent.get(key);
    if (value === undefined) {
      if (recent.size >= kept) recent.delete(recent.keys().next().value!);
      recent.set(key, (value = compute()));
    }
    return value;
  };
}
