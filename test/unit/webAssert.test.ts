// The browser's e2e bundle replaces node:assert/strict with test/e2e/web/assert.ts: for every case
// here it passes or throws exactly when Node's own does, and keeps the caller's message.
import * as assert from 'node:assert/strict';
import * as web from '../e2e/web/assert';

type Call = [name: 'ok' | 'equal' | 'notEqual' | 'deepEqual' | 'match' | 'doesNotMatch', ...args: unknown[]];

const CASES: Call[] = [
  ['ok', true],
  ['ok', 0],
  ['ok', ''],
  ['ok', 'x'],
  ['equal', 1, 1],
  ['equal', 1, '1'],
  ['equal', NaN, NaN],
  ['equal', 0, -0],
  ['equal', { a: 1 }, { a: 1 }],
  ['notEqual', 1, 2],
  ['notEqual', 'a', 'a'],
  ['deepEqual', [1, 2], [1, 2]],
  ['deepEqual', [1, 2], [2, 1]],
  ['deepEqual', { a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] }],
  ['deepEqual', { a: 1 }, { a: 1, b: undefined }],
  ['deepEqual', { a: 1 }, { a: '1' }],
  ['deepEqual', [], {}],
  ['deepEqual', new Map([['k', [1]]]), new Map([['k', [1]]])],
  ['deepEqual', new Map([['k', 1]]), new Map([['k', 2]])],
  ['deepEqual', new Set(['a']), new Set(['a'])],
  ['deepEqual', new Set(['a']), new Set(['b'])],
  ['deepEqual', null, undefined],
  ['match', 'docker run', /run$/],
  ['match', 'docker run', /^run/],
  ['doesNotMatch', 'abc', /x/],
  ['doesNotMatch', 'abc', /b/],
];

const throws = (fn: () => void): boolean => {
  try {
    fn();
    return false;
  } catch {
    return true;
  }
};

/** A value as a test title shows it. */
const title = (a: unknown): string =>
  a instanceof Map || a instanceof Set
    ? `${a.constructor.name}(${JSON.stringify([...a])})`
    : a instanceof RegExp
      ? String(a)
      : (JSON.stringify(a) ?? String(a));

describe('the browser e2e bundle’s node:assert/strict', () => {
  for (const [name, ...args] of CASES) {
    it(`${name}(${args.map(title).join(', ')}) as Node's`, () => {
      const node = (assert as unknown as Record<string, (...a: unknown[]) => void>)[name]!;
      const shim = (web as unknown as Record<string, (...a: unknown[]) => void>)[name]!;
      assert.equal(
        throws(() => shim(...args)),
        throws(() => node(...args)),
      );
    });
  }

  it('throws an AssertionError with the caller’s message', () => {
    assert.throws(() => web.equal(1, 2, 'one is not two'), { name: 'AssertionError', message: 'one is not two' });
    assert.throws(() => web.deepEqual([1], [2]), /strictly deep-equal/);
  });
});
