// "Can A reach B?" answered with the path: the name resolved as a process in A would, then the
// packet followed hop by hop, or where and why it stops.
import * as assert from 'node:assert/strict';
import { checkReach } from '../../src/viewModels/reachability';
import { replay } from './transcript';

describe('the reachability answer', () => {
  const { lab } = replay([
    'docker network create app',
    'docker network create other',
    'docker run -d --name web --network app nginx',
    'docker run -dit --name client --network app busybox',
    'docker run -dit --name stranger --network other busybox',
    'docker run -dit --name iso --network none busybox',
    'docker run -d --name pub -p 8080:80 nginx',
    'docker create --name later busybox',
    'docker run -dit --name frozen --network app busybox',
    'docker pause frozen',
  ]);

  it('follows a name through Docker DNS to a listening port', () => {
    const answer = checkReach(lab, { from: 'client', to: 'web', port: 80 });
    assert.equal(answer.reachable, true, JSON.stringify(answer));
    assert.equal(answer.stop, undefined);
    assert.equal(answer.hops[0], "from client's namespace");
    assert.match(answer.hops[1]!, /^web → 172\.18\.0\.2: Docker's embedded DNS/);
    assert.match(answer.hops[answer.hops.length - 1]!, /nginx listens on 80\/tcp/);
  });

  it('reaches a published port from the host', () => {
    const answer = checkReach(lab, { to: '127.0.0.1', port: 8080 });
    assert.equal(answer.reachable, true, JSON.stringify(answer));
    assert.ok(answer.hops.some((h) => h.includes('published port')));
  });

  it('stops where the isolation between networks stops the packet, and says why', () => {
    const ip = '172.18.0.2';
    const answer = checkReach(lab, { from: 'stranger', to: ip, port: 80 });
    assert.equal(answer.reachable, false);
    assert.equal(answer.stop?.reason, 'timeout');
    assert.match(answer.stop.at, /Docker isolates bridge networks/);
    assert.equal(answer.stop.at, answer.hops[answer.hops.length - 1]);
  });

  it('stops at the name when it does not resolve there', () => {
    const answer = checkReach(lab, { from: 'stranger', to: 'web' });
    assert.equal(answer.stop?.reason, 'unresolved');
    assert.match(answer.stop.at, /^web does not resolve: /);
  });

  it('refuses a closed port and a namespace without a route', () => {
    assert.equal(checkReach(lab, { from: 'client', to: 'web', port: 81 }).stop?.reason, 'refused');
    assert.equal(checkReach(lab, { from: 'iso', to: '8.8.8.8' }).stop?.reason, 'no-route');
    assert.equal(checkReach(lab, { from: 'client', to: 'web', port: 53, protocol: 'udp' }).stop?.reason, 'refused');
  });

  it('cannot start in a container that is missing, stopped or paused', () => {
    assert.deepEqual(checkReach(lab, { from: 'ghost', to: 'web' }), {
      reachable: false,
      hops: ['No such container: ghost'],
      stop: { reason: 'no-such-container', at: 'No such container: ghost' },
    });
    assert.equal(checkReach(lab, { from: 'later', to: 'web' }).stop?.reason, 'not-running');
    assert.equal(checkReach(lab, { from: 'frozen', to: 'web' }).stop?.reason, 'paused');
  });
});
