// A container that exits on start is reported once, with the reason from its log.
import * as assert from 'node:assert/strict';
import { newExitReports } from '../../src/viewModels/exitReports';
import { replay } from './transcript';

describe('exits on start', () => {
  it('reports a second host-mode nginx once, with its bind() failure', () => {
    const { lab, session } = replay(['docker run -d --name one --network host nginx']);
    const reported = new Set<string>();
    assert.deepEqual(newExitReports(lab, reported), []);
    session.execute('docker run -d --name two --network host nginx');
    const reports = newExitReports(lab, reported);
    assert.equal(reports.length, 1);
    assert.equal(reports[0]!.name, 'two');
    assert.equal(reports[0]!.exitCode, 1);
    assert.match(reports[0]!.reason, /bind\(\) to 0\.0\.0\.0:80 failed \(98: Address already in use\)/);
    assert.deepEqual(newExitReports(lab, reported), [], 'reported once');
  });

  it('says nothing of a one-shot command that fails or a container stopped later', () => {
    const { lab } = replay([
      'docker run -d --name oneshot busybox false',
      'docker run -d --name web nginx',
      'sleep 5',
      'docker stop web',
    ]);
    assert.deepEqual(newExitReports(lab, new Set()), []);
  });
});
