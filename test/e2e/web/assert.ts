// node:assert/strict for the browser's test bundle (scripts/build.mjs puts it in its place): the
// functions the suites use, with the same strict comparisons (Object.is, deep strict equality of
// arrays, plain objects, Maps and Sets) and the message or a description of both values.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (v: unknown): string => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
};

function fail(message: string | Error | undefined, described: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? described);
}

function deepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepStrictEqual(v, b.get(k)));
  }
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepStrictEqual(ra[k], rb[k]));
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `${show(value)} == true`);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected))
    fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepStrictEqual(actual, expected)) {
    fail(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n!==\n${show(expected)}`);
  }
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(value))
    fail(message, `The input did not match the regular expression ${String(pattern)}. Input:\n${show(value)}`);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (pattern.test(value))
    fail(
      message,
      `The input was expected to not match the regular expression ${String(pattern)}. Input:\n${show(value)}`,
    );
}
