import * as assert from 'node:assert/strict';
import { NO_MORE_SUBNETS, PREDEFINED_SUBNETS, SubnetAddresses, nextPredefinedSubnet } from '../../src/core/daemon/ipam';
import { type Cidr, formatCidr, formatIPv4, parseCidr, parseIPv4 } from '../../src/core/net/ipv4';

describe('IPAM', () => {
  it('has the 31 predefined local subnets in the engine order', () => {
    assert.equal(PREDEFINED_SUBNETS.length, 31);
    assert.deepEqual(PREDEFINED_SUBNETS.slice(0, 4).map(formatCidr), [
      '172.17.0.0/16',
      '172.18.0.0/16',
      '172.19.0.0/16',
      '172.20.0.0/16',
    ]);
    assert.equal(formatCidr(PREDEFINED_SUBNETS[15]!), '192.168.0.0/20');
    assert.equal(formatCidr(PREDEFINED_SUBNETS[30]!), '192.168.240.0/20');
    assert.ok(NO_MORE_SUBNETS.includes('fully subnetted'));
  });

  it('hands out the lowest subnet that overlaps nothing in use, reusing freed ones', () => {
    const used: Cidr[] = [parseCidr('172.17.0.0/16')!];
    const first = nextPredefinedSubnet(used)!;
    assert.equal(formatCidr(first), '172.18.0.0/16');
    used.push(first, nextPredefinedSubnet([...used, first])!);
    assert.equal(formatCidr(used[2]!), '172.19.0.0/16');
    used.splice(1, 1);
    assert.equal(formatCidr(nextPredefinedSubnet(used)!), '172.18.0.0/16');
  });

  it('skips a pool subnet that a custom subnet overlaps', () => {
    const used = [parseCidr('172.17.0.0/16')!, parseCidr('172.18.5.0/24')!];
    assert.equal(formatCidr(nextPredefinedSubnet(used)!), '172.19.0.0/16');
  });

  it('gives the first free address and reuses released ones', () => {
    const book = new SubnetAddresses(parseCidr('172.17.0.0/16')!);
    assert.ok(book.reserve(parseIPv4('172.17.0.1')!));
    const a = book.allocate()!;
    const b = book.allocate()!;
    assert.deepEqual([formatIPv4(a), formatIPv4(b)], ['172.17.0.2', '172.17.0.3']);
    book.release(a);
    assert.equal(formatIPv4(book.allocate()!), '172.17.0.2');
    assert.equal(formatIPv4(book.allocate()!), '172.17.0.4');
  });

  it('never hands out the network or broadcast address, and reports a full subnet', () => {
    const book = new SubnetAddresses(parseCidr('10.0.0.0/30')!);
    assert.equal(formatIPv4(book.allocate()!), '10.0.0.1');
    assert.equal(formatIPv4(book.allocate()!), '10.0.0.2');
    assert.equal(book.allocate(), undefined);
  });

  it('limits dynamic allocation to the ip-range while static addresses may lie outside it', () => {
    const book = new SubnetAddresses(parseCidr('10.1.0.0/16')!, parseCidr('10.1.5.0/24'));
    assert.equal(formatIPv4(book.allocate()!), '10.1.5.0');
    assert.ok(book.reserve(parseIPv4('10.1.0.9')!));
    assert.equal(book.reserve(parseIPv4('10.1.0.9')!), false);
  });

  it('a released static address outside the ip-range is not handed out dynamically', () => {
    // libnetwork ipams/defaultipam RequestAddress: without a preferred address, only the pool's ip-range serves.
    const book = new SubnetAddresses(parseCidr('10.1.0.0/16')!, parseCidr('10.1.5.0/24'));
    assert.ok(book.reserve(parseIPv4('10.1.0.9')!));
    assert.equal(formatIPv4(book.allocate()!), '10.1.5.0');
    book.release(parseIPv4('10.1.0.9')!);
    assert.equal(formatIPv4(book.allocate()!), '10.1.5.1');
    assert.equal(book.isUsed(parseIPv4('10.1.0.9')!), false);
  });
});
