// The diagram webview's messages, checked before the extension acts on them: every well-formed
// message of the protocol passes, and each way a page script could get one wrong is refused.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { MAX_ENDPOINT_LENGTH, MAX_ID_LENGTH, isWebviewMessage } from '../../src/protocol/validateWebviewMessage';

const ID = 'a'.repeat(64);
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const VALID: unknown[] = [
  { type: 'ready' },
  { type: 'select', id: ID },
  { type: 'select', id: 'net:[4026532001]' },
  { type: 'select', id: 'eth0@net:[4026532001]' },
  ...['start', 'stop', 'remove', 'exec', 'inspect', 'terminal'].map((action) => ({ type: 'action', action, id: ID })),
  { type: 'trace', query: { from: 'host', to: 'web' } },
  { type: 'trace', query: { from: 'client', to: '172.18.0.2', port: 80 } },
  { type: 'trace', query: { from: 'client', to: 'db', port: 53, protocol: 'udp' } },
  { type: 'trace', query: { from: 'a', to: 'b', port: 65535, protocol: 'tcp' } },
  { type: 'export', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
  { type: 'export', format: 'svg', data: '<?xml version="1.0"?>\n<svg></svg>' },
  { type: 'export', format: 'png', data: PNG },
  { type: 'export', format: 'png', data: `data:image/png;base64,${PNG}` },
  { type: 'select', id: 'x'.repeat(MAX_ID_LENGTH) },
  { type: 'trace', query: { from: 'f'.repeat(MAX_ENDPOINT_LENGTH), to: 'host' } },
];

/** Each a way to get a message wrong, with why it must be refused. */
const INVALID: [string, unknown][] = [
  ['nothing', undefined],
  ['null', null],
  ['a string', 'ready'],
  ['an array', [{ type: 'ready' }]],
  ['no type', { id: ID }],
  ['a type that does not exist', { type: 'shutdown' }],
  ['a type inherited from Object', { type: 'toString' }],
  ['a type of the wrong kind', { type: 1 }],
  ['an extra field', { type: 'ready', extra: true }],
  ['select without an id', { type: 'select' }],
  ['select with an empty id', { type: 'select', id: '' }],
  ['select with a number id', { type: 'select', id: 42 }],
  ['select with an id too long', { type: 'select', id: 'x'.repeat(MAX_ID_LENGTH + 1) }],
  ['an action that does not exist', { type: 'action', action: 'format', id: ID }],
  ['an action in other case', { type: 'action', action: 'Start', id: ID }],
  ['an action without an id', { type: 'action', action: 'start' }],
  ['trace without a query', { type: 'trace' }],
  ['trace with a query that is a string', { type: 'trace', query: 'a b' }],
  ['trace without a destination', { type: 'trace', query: { from: 'host' } }],
  ['trace from an empty name', { type: 'trace', query: { from: '', to: 'web' } }],
  [
    'trace to an endpoint too long',
    { type: 'trace', query: { from: 'host', to: 'w'.repeat(MAX_ENDPOINT_LENGTH + 1) } },
  ],
  ['trace to port 0', { type: 'trace', query: { from: 'host', to: 'web', port: 0 } }],
  ['trace to port 65536', { type: 'trace', query: { from: 'host', to: 'web', port: 65536 } }],
  ['trace to a fractional port', { type: 'trace', query: { from: 'host', to: 'web', port: 80.5 } }],
  ['trace to a port given as text', { type: 'trace', query: { from: 'host', to: 'web', port: '80' } }],
  ['trace over sctp (not offered)', { type: 'trace', query: { from: 'host', to: 'web', port: 80, protocol: 'sctp' } }],
  ['trace with an extra query field', { type: 'trace', query: { from: 'host', to: 'web', via: 'x' } }],
  ['export in another format', { type: 'export', format: 'jpeg', data: PNG }],
  ['export without data', { type: 'export', format: 'svg' }],
  ['export of an empty picture', { type: 'export', format: 'svg', data: '' }],
  ['export as svg of something else', { type: 'export', format: 'svg', data: '<html><script></script></html>' }],
  ['export as png of text that is not base64', { type: 'export', format: 'png', data: 'not base64!' }],
  ['export as png of another data URL', { type: 'export', format: 'png', data: `data:text/html;base64,${PNG}` }],
];

describe('messages from the diagram webview', () => {
  it('accepts every well-formed message of the protocol', () => {
    for (const m of VALID) assert.equal(isWebviewMessage(m), true, JSON.stringify(m).slice(0, 120));
  });

  for (const [why, m] of INVALID) {
    it(`refuses ${why}`, () => assert.equal(isWebviewMessage(m), false));
  }

  it('refuses a message whose prototype is not a plain object', () => {
    class Sneaky {
      type = 'ready';
    }
    assert.equal(isWebviewMessage(new Sneaky()), false);
  });

  it('accepts what survives a JSON round trip, as postMessage delivers it', () => {
    for (const m of VALID) assert.equal(isWebviewMessage(JSON.parse(JSON.stringify(m))), true);
  });

  it('never throws and accepts no arbitrary JSON value that is not one of its messages', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const accepted = isWebviewMessage(v);
        // Arbitrary JSON can only pass as a bare ready (the one message without fields).
        if (accepted) assert.deepEqual(v, { type: 'ready' });
      }),
      { numRuns: 500 },
    );
  });
});
