// What the diagram redraws after a change (viewModels/diagram/diagramPatch.ts): only what is new,
// changed or gone, even at 500 containers.
import * as assert from 'node:assert/strict';
import { diagramGraph } from '../../src/viewModels/diagram/diagramGraph';
import { diagramPatch, sameElement } from '../../src/viewModels/diagram/diagramPatch';
import { replay } from './transcript';

/** 500 containers across 20 networks, as `npm run bench` draws them. */
function bigLab() {
  const lines: string[] = [];
  for (let n = 0; n < 20; n++) lines.push(`docker network create net${n}`);
  for (let i = 0; i < 500; i++) lines.push(`docker run -d --name c${i} --network net${i % 20} nginx`);
  return replay(lines);
}

describe('the diagram patch', function () {
  this.timeout(30_000);

  it('adding one container to a 500-container lab sends only its namespace, itself, its interfaces, socket and veth', () => {
    const { lab, session, steps } = bigLab();
    assert.ok(steps.every((s) => s.exitCode === 0));
    const before = diagramGraph(lab, 'en');
    assert.equal(before.nodes.filter((n) => n.kind === 'container').length, 500);
    session.execute('docker run -d --name newcomer --network net3 nginx');
    const after = diagramGraph(lab, 'en');
    const patch = diagramPatch(before, after);
    const c = lab.containerByName('newcomer')!;
    const ns = `net:[${c.netnsId}]`;
    assert.deepEqual(
      patch.upserted.map((n) => n.id),
      [ns, c.id, `lo@${ns}`, `eth0@${ns}`, `0.0.0.0:80/tcp@${ns}`],
    );
    assert.deepEqual(
      patch.linksUpserted.map((l) => l.id),
      [`eth0@${ns}->${lab.findNetwork('net3')!.id}`],
    );
    assert.deepEqual([patch.removed, patch.linksRemoved, patch.host], [[], [], before.host]);
  });

  it('sends nothing when nothing changed, and the removed ids when a container goes', () => {
    const { lab, session } = replay([
      'docker run -dit --name web -p 8080:80 nginx',
      'docker run -dit --name side --network container:web busybox',
    ]);
    const g1 = diagramGraph(lab, 'en');
    const same = diagramPatch(g1, diagramGraph(lab, 'en'));
    assert.deepEqual(same, { host: g1.host, upserted: [], removed: [], linksUpserted: [], linksRemoved: [] });
    const b = lab.containerByName('side')!;
    const a = lab.containerByName('web')!;
    const ns = `net:[${a.netnsId}]`;
    session.execute('docker rm -f web');
    const gone = diagramPatch(g1, diagramGraph(lab, 'en'));
    // side stays in the dead namespace, now holding only lo; web and what it had are gone.
    assert.deepEqual(
      gone.removed.sort(),
      [`0.0.0.0:80/tcp@${ns}`, `eth0@${ns}`, '0.0.0.0:8080/tcp', '[::]:8080/tcp', a.id].sort(),
    );
    assert.deepEqual(gone.upserted.map((n) => n.id).sort(), [ns, b.id].sort());
    assert.equal(gone.linksRemoved.length, 1);
  });

  it('compares field by field, whatever order the fields were set in', () => {
    const x = { id: 'n', label: 'a', details: ['1', '2'] };
    assert.equal(sameElement(x, { details: ['1', '2'], label: 'a', id: 'n' }), true);
    assert.equal(sameElement(x, { ...x, details: ['1'] }), false);
    assert.equal(sameElement(x, { ...x, parent: 'p' }), false);
    assert.equal(sameElement({ ...x, parent: 'p' }, x), false);
  });
});
