/** Binary search, written once: the engine looks up sorted offsets and positions everywhere. */

/** Index of the first item whose key is ≥ `value` (items sorted by key); `items.length` when there is none. */
export function lowerBound<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
