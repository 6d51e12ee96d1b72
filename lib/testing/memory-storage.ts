/**
 * A Storage in memory, for store tests: what localStorage keeps, without a browser. With a quota
 * (characters of keys and values), a write past it throws as a full localStorage does.
 */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  /** Everything stored, by key. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
