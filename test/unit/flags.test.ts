import * as assert from 'node:assert/strict';
import { FlagError, parseFlags } from '../../src/commandLine/docker/flags';
import { RUN_FLAGS } from '../../src/commandLine/docker/runFlags';
import { tokenize } from '../../src/core/text/shellWords';

const run = (line: string) => parseFlags(RUN_FLAGS, tokenize(line), false);

describe('docker flag syntax', () => {
  it('reads --flag=value, --flag value and the --net alias the same way', () => {
    for (const line of [
      '--net=host busybox',
      '--net host busybox',
      '--network=host busybox',
      '--network host busybox',
    ]) {
      const f = run(line);
      assert.deepEqual(f.lists.get('network'), ['host'], line);
      assert.deepEqual(f.positionals, ['busybox'], line);
    }
  });

  it('splits combined short booleans and takes attached short values', () => {
    const f = run('-dit -p80:80 -p 443:443 --name web nginx');
    assert.ok(f.bools.has('detach') && f.bools.has('interactive') && f.bools.has('tty'));
    assert.deepEqual(f.lists.get('publish'), ['80:80', '443:443']);
    assert.equal(f.strings.get('name'), 'web');
  });

  it('stops at the image: flags after it belong to the command', () => {
    const f = run('--rm busybox ping -c 1 web');
    assert.deepEqual(f.positionals, ['busybox', 'ping', '-c', '1', 'web']);
  });

  it('keeps quoted words whole', () => {
    assert.deepEqual(tokenize(`sh -c 'echo "a b"; hostname' "x y" z\\ w`), [
      'sh',
      '-c',
      'echo "a b"; hostname',
      'x y',
      'z w',
    ]);
  });

  it('rejects unknown flags and missing values with pflag text', () => {
    assert.throws(
      () => run('--bogus busybox'),
      (e: Error) => e instanceof FlagError && e.message === 'unknown flag: --bogus',
    );
    assert.throws(
      () => run('-z busybox'),
      (e: Error) => e.message === "unknown shorthand flag: 'z' in -z",
    );
    assert.throws(
      () => run('--name'),
      (e: Error) => e.message === 'flag needs an argument: --name',
    );
  });
});
