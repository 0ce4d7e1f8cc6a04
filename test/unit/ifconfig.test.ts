// busybox ifconfig's first line of an interface: the name in a 9-wide column and a space, so a
// veth's 11-character name still stands apart from "Link encap" (networking/interface.c ife_print).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

describe('busybox ifconfig', () => {
  it('keeps a space after names longer than the column', () => {
    const { steps } = replay(['docker run -d --name web nginx', 'ifconfig']);
    const veth = steps[1]!.stdout.split('\n').find((l) => l.startsWith('veth'));
    assert.match(veth ?? '', /^veth[0-9a-f]{7} Link encap:Ethernet {2}HWaddr /);
    assert.match(steps[1]!.stdout, /^docker0 {3}Link encap:Ethernet/m);
    assert.match(steps[1]!.stdout, /^lo {8}Link encap:Local Loopback/m);
  });
});
