import * as assert from 'node:assert/strict';
import { SavedLabError, loadLab, saveLab } from '../../src/core/lab/serialize';
import { Session } from '../../src/commandLine/session';
import { replay } from './transcript';

describe('saving and loading the lab', () => {
  const lines = [
    'docker run -d --name web -p 8080:80 nginx',
    'docker run -d --name side --net container:web busybox top',
    'docker run -d --net host --name hh busybox top',
    'docker run --name once busybox true',
  ];

  it('round-trips through JSON without loss', () => {
    const { lab } = replay(lines);
    const json = JSON.parse(JSON.stringify(saveLab(lab))) as unknown;
    assert.deepEqual(saveLab(loadLab(json)), saveLab(lab));
  });

  it('a loaded lab goes on exactly as the original would', () => {
    const { lab } = replay(lines);
    const copy = loadLab(JSON.parse(JSON.stringify(saveLab(lab))) as unknown);
    const next = ['docker run -d --name more busybox top', 'docker run -d -p 8080:80 nginx', 'docker ps -a'];
    const a = new Session(lab);
    const b = new Session(copy);
    for (const line of next) assert.deepEqual(b.execute(line).output, a.execute(line).output, line);
  });

  it('reports damaged data instead of loading it', () => {
    assert.throws(() => loadLab({ version: 99 }), SavedLabError);
    assert.throws(() => loadLab('nonsense'), SavedLabError);
    const saved = saveLab(replay(lines).lab);
    assert.throws(() => loadLab({ ...saved, containers: 'x' }), SavedLabError);
  });
});

describe('a damaged saved lab', () => {
  it('is a SavedLabError however deep the damage, never another exception', () => {
    const { lab } = replay(['docker run -d --name web -p 8080:80 nginx']);
    const good = JSON.parse(JSON.stringify(saveLab(lab))) as Record<string, unknown>;
    const damaged: Array<(d: Record<string, unknown>) => void> = [
      (d) => ((d['containers'] as Array<Record<string, unknown>>)[0]!['ports'] = { '80/tcp': 5 }),
      (d) => ((d['containers'] as Array<Record<string, unknown>>)[0]!['endpoints'] = { bridge: null }),
      (d) => (d['namespaces'] = [null]),
      (d) => (d['networks'] = [null]),
    ];
    for (const damage of damaged) {
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      damage(copy);
      assert.throws(() => loadLab(copy), SavedLabError);
    }
  });
});
