// docker compose reads through the session's FileReader, from the session's working directory;
// the readers themselves: in memory (tests, editors) and the disk (the CLI).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileReader } from '../../src/core/files/fileReader';
import { MemoryFiles } from '../../src/core/files/memoryFiles';
import { basenameOf, dirnameOf, joinPath, normalizePath, resolvePath } from '../../src/core/files/posixPath';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { labPath, nativePath, nodeFileReader } from '../../src/node/fileReader';

const WEB = 'services:\n  web:\n    image: nginx:${TAG:-latest}\n';

function tree(): MemoryFiles {
  return new MemoryFiles(
    {
      '/srv/shop/compose.yaml': WEB,
      '/srv/shop/.env': 'TAG=1.27\n',
      '/srv/other/extra.yaml': 'services:\n  db:\n    image: redis\n',
    },
    ['/srv/shop/deep/down', '/srv/empty'],
  );
}

const session = (cwd: string, files: FileReader = tree()) => new Session(new Lab({ seed: 0 }), { cwd, files });

describe('docker compose and the session files', () => {
  it('discovers compose.yaml from the folder cd went to, or a parent of it', () => {
    const s = session('/srv/empty');
    assert.equal(
      s.execute('docker compose config --services').output.stderr,
      'no configuration file provided: not found\n',
    );
    s.execute('cd ../shop/deep/down');
    const out = s.execute('docker compose config').output;
    assert.equal(out.exitCode, 0, out.stderr);
    assert.ok(out.stdout.startsWith('name: shop\n'), out.stdout);
    assert.ok(out.stdout.includes('image: nginx:1.27'), 'the project .env is read through the reader too');
  });

  it('resolves -f against the working directory', () => {
    const s = session('/srv/shop');
    const out = s.execute('docker compose -f compose.yaml -f ../other/extra.yaml config --services').output;
    assert.equal(out.stdout, 'web\ndb\n', out.stderr);
    s.execute('cd /srv');
    assert.equal(
      s.execute('docker compose -f nope.yaml config').output.stderr,
      'open /srv/nope.yaml: no such file or directory\n',
    );
  });

  it('reads nothing but the reader: a session without one sees no files', () => {
    const s = new Session(new Lab({ seed: 0 }), { cwd: '/srv/shop' });
    assert.equal(s.execute('docker compose config').output.stderr, 'no configuration file provided: not found\n');
  });
});

describe('MemoryFiles and POSIX paths', () => {
  it('every folder above a file exists, and / always', () => {
    const files = tree();
    assert.equal(files.readText('/srv/shop/./compose.yaml'), WEB);
    assert.equal(files.isDirectory('/srv'), true);
    assert.equal(files.isDirectory('/'), true);
    assert.equal(files.exists('/srv/shop/.env'), true);
    assert.equal(files.isDirectory('/srv/shop/.env'), false);
    assert.equal(files.exists('/srv/nope'), false);
    assert.equal(files.readText('/srv'), undefined);
  });

  it('folds . and .. lexically, as a logical cd does', () => {
    assert.equal(normalizePath('/a//b/./c/../d/'), '/a/b/d');
    assert.equal(normalizePath('/../..'), '/');
    assert.equal(resolvePath('/a/b', '../c'), '/a/c');
    assert.equal(resolvePath('/a/b', '/x/./y'), '/x/y');
    assert.equal(joinPath('/a', 'b/../c'), '/a/c');
    assert.equal(dirnameOf('/a/b'), '/a');
    assert.equal(dirnameOf('/a'), '/');
    assert.equal(basenameOf('/a/b'), 'b');
    assert.equal(basenameOf('/'), '/');
  });
});

describe('the disk reader (the CLI)', () => {
  it('reads files and folders, and answers undefined or false for what is not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netlab-reader-'));
    try {
      writeFileSync(join(dir, 'compose.yaml'), WEB);
      assert.equal(nodeFileReader.readText(join(dir, 'compose.yaml')), WEB);
      assert.equal(nodeFileReader.readText(dir), undefined);
      assert.equal(nodeFileReader.readText(join(dir, 'nope')), undefined);
      assert.equal(nodeFileReader.isDirectory(dir), true);
      assert.equal(nodeFileReader.isDirectory(join(dir, 'compose.yaml')), false);
      assert.equal(nodeFileReader.exists(join(dir, 'compose.yaml')), true);
      assert.equal(nodeFileReader.exists(join(dir, 'nope', 'deeper')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows a Windows folder as a POSIX path and reads it back', () => {
    assert.equal(labPath('C:\\Users\\me\\shop', 'win32'), '/C:/Users/me/shop');
    assert.equal(nativePath('/C:/Users/me/shop/compose.yaml', 'win32'), 'C:/Users/me/shop/compose.yaml');
    assert.equal(labPath('/home/me', 'linux'), '/home/me');
    assert.equal(nativePath('/home/me', 'linux'), '/home/me');
  });
});
