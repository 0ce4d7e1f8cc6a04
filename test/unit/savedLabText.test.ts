// The saved lab in pieces is the same JSON as saving it whole, and loads back.
import * as assert from 'node:assert/strict';
import { savedLabPieces } from '../../src/core/lab/savedLabText';
import { loadLab, saveLab } from '../../src/core/lab/serialize';
import { replay } from './transcript';

describe('the saved lab as pieces of JSON', () => {
  const lines = [
    'docker network create app',
    ...Array.from({ length: 7 }, (_, i) => `docker run -d --name c${i} --network app -p ${8000 + i}:80 nginx`),
    'docker run -d --name side --network container:c0 busybox top',
  ];

  it('joins to exactly JSON.stringify(saveLab(lab)), whatever the piece size', () => {
    const { lab } = replay(lines);
    const whole = JSON.stringify(saveLab(lab));
    for (const size of [1, 2, 3, 250]) assert.equal([...savedLabPieces(lab, size)].join(''), whole);
  });

  it('handles a lab without containers', () => {
    const { lab } = replay([]);
    assert.equal([...savedLabPieces(lab, 2)].join(''), JSON.stringify(saveLab(lab)));
  });

  it('loads back into a lab that answers the same', () => {
    const { lab } = replay(lines);
    const loaded = loadLab(JSON.parse([...savedLabPieces(lab, 3)].join('')));
    assert.equal(loaded.containers.size, 8);
    assert.equal(loaded.containerByName('c6')?.state, 'running');
  });
});
