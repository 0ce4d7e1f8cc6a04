// What the logging driver keeps (src/core/daemon/containerLogs.ts): each line with its stream and
// time, as moby docker-v29.0.0 daemon/logger/logger.go Message (Line, Source, Timestamp) and
// daemon/logger/copier.go Copier.copySrc (one message per line, the newline dropped) keep them.
import * as assert from 'node:assert/strict';
import { appendLog, appendOutput, logLines } from '../../src/core/daemon/containerLogs';
import { replay } from './transcript';

describe("a container's log (daemon/containerLogs)", () => {
  it("a program's text is one line per newline, without the last newline (copier.go copySrc)", () => {
    const { lab } = replay(['docker run -d --name c1 busybox top']);
    const c = lab.getContainer('c1');
    appendOutput(lab, c, 'one\ntwo\n', 'stderr');
    assert.deepEqual(logLines(c), [
      { text: 'one', stream: 'stderr', at: lab.now },
      { text: 'two', stream: 'stderr', at: lab.now },
    ]);
  });

  it('lines from a lab saved before the streams were kept count as stdout at the start', () => {
    const { lab } = replay(['docker run -d --name c1 busybox top']);
    const c = lab.getContainer('c1');
    c.logs = ['old'];
    c.logMeta = undefined;
    lab.tick(3);
    appendLog(lab, c, ['new'], 'stderr');
    assert.deepEqual(logLines(c), [
      { text: 'old', stream: 'stdout', at: c.startedAt },
      { text: 'new', stream: 'stderr', at: lab.now },
    ]);
  });

  it('nothing written leaves a saved lab as it was', () => {
    const { lab } = replay(['docker run -d --name c1 busybox top']);
    const c = lab.getContainer('c1');
    c.logs = ['old'];
    c.logMeta = undefined;
    appendLog(lab, c, [], 'stdout');
    assert.equal(c.logMeta, undefined);
  });
});
