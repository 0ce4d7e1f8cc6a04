// The extension's lab store without VS Code: what it saves, what it loads, what it does with a
// damaged saved state, and how often it writes.
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostProfileFrom } from '../../src/core/lab/hostProfile';
import { loadLab, saveLab } from '../../src/core/lab/serialize';
import { LabStore, type LabMemento } from '../../src/vscode/state/labStore';

class FakeMemento implements LabMemento {
  readonly writes: unknown[] = [];
  constructor(private value: unknown = undefined) {}
  get(): unknown {
    return this.value;
  }
  update(_key: string, value: unknown): Promise<void> {
    this.value = value;
    this.writes.push(value);
    return Promise.resolve();
  }
}

const DELAY = 20;
const settle = () => new Promise((resolve) => setTimeout(resolve, DELAY * 3));

describe('the lab store', () => {
  it('saves the lab after a change, in a form loadLab reads back', async () => {
    const memento = new FakeMemento();
    const store = new LabStore(memento, { onDamaged: () => assert.fail('nothing was damaged'), saveDelayMs: DELAY });
    assert.equal(store.run('docker run -d --name web nginx').output.exitCode, 0);
    await settle();
    assert.equal(memento.writes.length, 1);
    const saved = loadLab(JSON.parse(memento.writes[0] as string));
    assert.equal(saved.containerByName('web')?.state, 'running');
    store.dispose();
  });

  it('loads what was saved, on first use', () => {
    const first = new LabStore(new FakeMemento(), { saveDelayMs: DELAY });
    first.run('docker network create app');
    first.run('docker run -d --name api --network app busybox top');
    const memento = new FakeMemento(JSON.parse(JSON.stringify(saveLab(first.current))));
    const second = new LabStore(memento, { onDamaged: () => assert.fail('nothing was damaged'), saveDelayMs: DELAY });
    assert.equal(second.current.containerByName('api')?.networkMode, 'app');
    assert.equal(second.run('docker network ls --format {{.Name}}').output.stdout, 'app\nbridge\nhost\nnone\n');
    first.dispose();
    second.dispose();
  });

  it('loads the JSON text it saves, and the object form older versions saved', () => {
    const first = new LabStore(new FakeMemento(), { saveDelayMs: DELAY });
    first.run('docker run -d --name web nginx');
    for (const saved of [JSON.stringify(saveLab(first.current)), saveLab(first.current)]) {
      const store = new LabStore(new FakeMemento(saved), {
        onDamaged: () => assert.fail('nothing was damaged'),
        saveDelayMs: DELAY,
      });
      assert.equal(store.current.containerByName('web')?.state, 'running');
      store.dispose();
    }
    first.dispose();
  });

  it('reports saved text that is not JSON as damaged', () => {
    const problems: string[] = [];
    const store = new LabStore(new FakeMemento('{not json'), {
      onDamaged: (p) => problems.push(p),
      saveDelayMs: DELAY,
    });
    assert.equal(store.current.containers.size, 0);
    assert.equal(problems.length, 1);
    store.dispose();
  });

  it('writes what the lab is after the last change, even when a change comes during a save', async () => {
    const memento = new FakeMemento();
    const store = new LabStore(memento, { saveDelayMs: DELAY });
    for (let i = 0; i < 300; i++) store.run(`docker run -d --name c${i} busybox top`);
    await new Promise((resolve) => setTimeout(resolve, DELAY + 1));
    store.run('docker rm -f c0');
    await settle();
    const last = loadLab(JSON.parse(memento.writes[memento.writes.length - 1] as string));
    assert.equal(last.containers.size, 299);
    assert.equal(last.containerByName('c0'), undefined);
    store.dispose();
  });

  it('reports a damaged saved state once and starts a fresh lab', () => {
    const problems: string[] = [];
    const store = new LabStore(new FakeMemento({ version: 999, garbage: true }), {
      onDamaged: (p) => problems.push(p),
      saveDelayMs: DELAY,
    });
    assert.equal(store.current.containers.size, 0);
    assert.equal(store.run('docker ps -q').output.exitCode, 0);
    assert.equal(problems.length, 1);
    assert.ok(problems[0]!.length > 0);
    store.dispose();
  });

  it('writes a burst of changes once, and flush writes at once', async () => {
    const memento = new FakeMemento();
    const store = new LabStore(memento, { saveDelayMs: DELAY });
    for (const name of ['aa', 'bb', 'cc']) store.run(`docker run -d --name ${name} busybox top`);
    await settle();
    assert.equal(memento.writes.length, 1);
    store.run('docker rm -f aa');
    await store.flush();
    assert.equal(memento.writes.length, 2);
    assert.equal(loadLab(JSON.parse(memento.writes[1] as string)).containerByName('aa'), undefined);
    await settle();
    assert.equal(memento.writes.length, 2, 'flush cancelled the pending write');
    store.dispose();
  });

  it('starts every session in the working directory it is given (the workspace folder)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnl-workspace-'));
    const store = new LabStore(undefined, { saveDelayMs: DELAY, workingDirectory: () => dir });
    assert.equal(store.run('pwd').output.stdout, `${dir}\n`);
    assert.equal(store.openSession().execute('pwd').output.stdout, `${dir}\n`);
    store.dispose();
  });

  it('reads the saved lab on first use only, and tells whenLoaded listeners then', () => {
    let reads = 0;
    const memento: LabMemento = {
      get: () => {
        reads++;
        return undefined;
      },
      update: () => Promise.resolve(),
    };
    const store = new LabStore(memento, { saveDelayMs: DELAY });
    let loaded = 0;
    store.whenLoaded(() => loaded++);
    assert.deepEqual([reads, loaded], [0, 0], 'nothing is read before the lab is used');
    store.run('docker ps');
    assert.deepEqual([reads, loaded], [1, 1]);
    store.whenLoaded(() => loaded++);
    assert.equal(loaded, 2, 'a listener added later runs at once');
    store.dispose();
  });

  it('tells listeners of each change and of a reset', () => {
    const store = new LabStore(undefined, { saveDelayMs: DELAY });
    let heard = 0;
    store.onDidChange(() => heard++);
    store.run('docker run -d --name web nginx');
    store.reset();
    assert.equal(heard, 2);
    assert.equal(store.current.containers.size, 0);
    store.dispose();
  });

  it('builds a fresh lab, and each reset, on the host profile it is given at that moment', () => {
    let profile = hostProfileFrom({ hostname: 'first' });
    const store = new LabStore(new FakeMemento(), { saveDelayMs: DELAY, hostProfile: () => profile });
    assert.equal(store.run('hostname').output.stdout, 'first\n');
    profile = hostProfileFrom({ hostname: 'second' });
    assert.equal(store.run('hostname').output.stdout, 'first\n', 'the running lab keeps its host until a reset');
    store.reset();
    assert.equal(store.current.hostProfile.hostname, 'second');
    assert.equal(store.run('hostname').output.stdout, 'second\n');
    assert.match(store.openSession().prompt(), /^\[root@second /);
    store.dispose();
  });

  it('a saved lab keeps the host it was saved with', () => {
    const first = new LabStore(undefined, {
      saveDelayMs: DELAY,
      hostProfile: () => hostProfileFrom({ hostname: 'saved-host' }),
    });
    first.run('docker run -d --name web nginx');
    const memento = new FakeMemento(JSON.parse(JSON.stringify(saveLab(first.current))));
    const second = new LabStore(memento, {
      saveDelayMs: DELAY,
      hostProfile: () => hostProfileFrom({ hostname: 'new-host' }),
    });
    assert.equal(second.current.hostProfile.hostname, 'saved-host');
    second.reset();
    assert.equal(second.current.hostProfile.hostname, 'new-host');
    first.dispose();
    second.dispose();
  });
});
