// isLoopbackAddress follows Go's net.IP.IsLoopback (go/src/net/ip.go): IPv4 127.0.0.0/8 and ::1,
// which decides a hover's "reachable from the host only" for a published port's address.
import * as assert from 'node:assert/strict';
import { isLoopbackAddress } from '../../src/core/net/loopback';

describe('isLoopbackAddress', () => {
  const rows: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['0.0.0.0', false],
    ['128.0.0.1', false],
    ['10.127.0.1', false],
    ['::', false],
    ['::2', false],
    ['127.abc', false],
    ['', false],
  ];
  for (const [text, loopback] of rows)
    it(`${JSON.stringify(text)} → ${loopback}`, () => assert.equal(isLoopbackAddress(text), loopback));
});
