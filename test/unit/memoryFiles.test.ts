// MemoryFiles: the files the lab reads when they are not on a disk (tests, and the browser's copy of
// the workspace kept by src/vscode/files/workspaceFiles.ts as its watcher reports changes).
import * as assert from 'node:assert/strict';
import { MemoryFiles } from '../../src/core/files/memoryFiles';

const state = (files: MemoryFiles, paths: readonly string[]) =>
  Object.fromEntries(paths.map((p) => [p, [files.exists(p), files.isDirectory(p), files.readText(p)]]));

describe('MemoryFiles', () => {
  it('makes every folder above a file exist, and / always', () => {
    const files = new MemoryFiles({ '/w/app/compose.yaml': 'services: {}\n' });
    assert.deepEqual(state(files, ['/', '/w', '/w/app', '/w/app/compose.yaml', '/w/ap']), {
      '/': [true, true, undefined],
      '/w': [true, true, undefined],
      '/w/app': [true, true, undefined],
      '/w/app/compose.yaml': [true, false, 'services: {}\n'],
      '/w/ap': [false, false, undefined],
    });
    assert.equal(files.size, 4);
  });

  it('reads paths as the lab writes them: doubled slashes, `.` and `..` are normalised', () => {
    const files = new MemoryFiles({ '/w//app/./.env': 'A=1\n' });
    assert.equal(files.readText('/w/app/.env'), 'A=1\n');
    assert.equal(files.readText('/w/x/../app/.env'), 'A=1\n');
    assert.equal(files.isDirectory('/w/app/'), true);
  });

  it('holds a file without its text: it exists, is not a folder, and reads as unreadable', () => {
    const files = new MemoryFiles();
    files.write('/w/big.log', undefined);
    assert.deepEqual(state(files, ['/w/big.log', '/w']), {
      '/w/big.log': [true, false, undefined],
      '/w': [true, true, undefined],
    });
  });

  it('rewrites a file in place', () => {
    const files = new MemoryFiles({ '/w/.env': 'A=1\n' });
    files.write('/w/.env', 'A=2\n');
    assert.equal(files.readText('/w/.env'), 'A=2\n');
    assert.equal(files.size, 3);
  });

  it('removes a folder with everything below it, and not a sibling whose name starts the same', () => {
    const files = new MemoryFiles({ '/w/app/compose.yaml': 'a', '/w/app/sub/.env': 'b', '/w/app2/compose.yaml': 'c' }, [
      '/w/app/empty',
    ]);
    files.remove('/w/app');
    assert.deepEqual(
      state(files, ['/w/app', '/w/app/sub', '/w/app/empty', '/w/app/sub/.env', '/w/app2/compose.yaml']),
      {
        '/w/app': [false, false, undefined],
        '/w/app/sub': [false, false, undefined],
        '/w/app/empty': [false, false, undefined],
        '/w/app/sub/.env': [false, false, undefined],
        '/w/app2/compose.yaml': [true, false, 'c'],
      },
    );
    assert.equal(files.isDirectory('/w'), true, 'the folder above stays');
  });

  it('removes one file and keeps its folder', () => {
    const files = new MemoryFiles({ '/w/a.yaml': 'a', '/w/b.yaml': 'b' });
    files.remove('/w/a.yaml');
    assert.deepEqual(state(files, ['/w/a.yaml', '/w/b.yaml', '/w']), {
      '/w/a.yaml': [false, false, undefined],
      '/w/b.yaml': [true, false, 'b'],
      '/w': [true, true, undefined],
    });
  });

  it('removing / empties it but / itself stays', () => {
    const files = new MemoryFiles({ '/w/a.yaml': 'a' });
    files.remove('/');
    assert.deepEqual(state(files, ['/', '/w', '/w/a.yaml']), {
      '/': [true, true, undefined],
      '/w': [false, false, undefined],
      '/w/a.yaml': [false, false, undefined],
    });
    assert.equal(files.size, 1);
  });

  it("lists a folder's own names once (readdir), files and folders alike; not a folder: undefined", () => {
    const files = new MemoryFiles({ '/w/a.yaml': 'a', '/w/sub/b.yaml': 'b', '/w/sub/c.yaml': 'c' }, ['/w/empty']);
    assert.deepEqual(files.list('/w')?.sort(), ['a.yaml', 'empty', 'sub']);
    assert.deepEqual(files.list('/w/sub/')?.sort(), ['b.yaml', 'c.yaml']);
    assert.deepEqual(files.list('/w/empty'), []);
    assert.deepEqual(files.list('/'), ['w']);
    assert.equal(files.list('/w/a.yaml'), undefined);
    assert.equal(files.list('/nope'), undefined);
  });
});
