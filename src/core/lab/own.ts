// Tables keyed by what a user typed must not answer for names every object inherits
// (`constructor`, `__proto__`, `valueOf`): look up and store own properties only.

export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** `obj[key] = value` that stays an own, enumerable property even for `__proto__`. */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
