// Lab paths of native ones without asking Node which system it is: the browser's extension host has
// no process.platform, so a file URI's fsPath tells (VS Code gives a drive letter or UNC share only on Windows).
import * as assert from 'node:assert/strict';
import { isWindowsFsPath, labPathOf, nativePathOf } from '../../src/core/files/nativePaths';

describe('native paths and lab paths', () => {
  it('knows a Windows fsPath by its drive letter or UNC share', () => {
    assert.equal(isWindowsFsPath('c:\\Users\\me\\shop'), true);
    assert.equal(isWindowsFsPath('C:\\'), true);
    assert.equal(isWindowsFsPath('\\\\server\\share\\shop'), true);
    assert.equal(isWindowsFsPath('/home/me/shop'), false);
    assert.equal(isWindowsFsPath('//server/share'), false);
    assert.equal(isWindowsFsPath('/c:/odd/but/posix'), false);
  });

  it('turns Windows paths into POSIX ones and back, and leaves POSIX paths alone', () => {
    assert.equal(labPathOf('c:\\Users\\me\\shop', true), '/c:/Users/me/shop');
    assert.equal(nativePathOf('/c:/Users/me/shop/compose.yaml', true), 'c:/Users/me/shop/compose.yaml');
    assert.equal(labPathOf('/home/me\\odd', false), '/home/me\\odd');
    assert.equal(nativePathOf('/c:/x', false), '/c:/x');
  });
});
