// `--filter` values are checked by the flag itself (docker/cli opts/opts.go FilterOpt.Set, moby
// api/types/filters ParseFlag), before any request: a value without `=` is a flag error, framed by
// cli/flags.go FlagErrorFunc (the usage line, the help hint, exit 125), for every command that has
// one. pflag names the flag with its shorthand whichever form was typed (flag.go FlagSet.set).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const flagError = (value: string, flag: string, usage: string, path: string, why: string) =>
  `invalid argument "${value}" for "${flag}" flag: ${why}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information\n`;
const BAD_FILTER = 'bad format of filter (expected name=value)';

describe('flag values refused before any request (pflag, FlagErrorFunc)', () => {
  const ROWS: Array<{ line: string; stderr: string }> = [
    { line: 'docker ps -f x', stderr: flagError('x', '-f, --filter', 'docker ps [OPTIONS]', 'docker ps', BAD_FILTER) },
    {
      line: 'docker ps --filter x',
      stderr: flagError('x', '-f, --filter', 'docker ps [OPTIONS]', 'docker ps', BAD_FILTER),
    },
    {
      line: 'docker images -f dangling',
      stderr: flagError(
        'dangling',
        '-f, --filter',
        'docker images [OPTIONS] [REPOSITORY[:TAG]]',
        'docker images',
        BAD_FILTER,
      ),
    },
    {
      line: 'docker volume ls -f name',
      stderr: flagError('name', '-f, --filter', 'docker volume ls [OPTIONS]', 'docker volume ls', BAD_FILTER),
    },
    {
      line: 'docker network ls --filter driver',
      stderr: flagError('driver', '-f, --filter', 'docker network ls [OPTIONS]', 'docker network ls', BAD_FILTER),
    },
    {
      line: 'docker network prune --filter until',
      stderr: flagError('until', '--filter', 'docker network prune [OPTIONS]', 'docker network prune', BAD_FILTER),
    },
    {
      line: 'docker ps --all=maybe',
      stderr: flagError(
        'maybe',
        '-a, --all',
        'docker ps [OPTIONS]',
        'docker ps',
        'strconv.ParseBool: parsing "maybe": invalid syntax',
      ),
    },
  ];
  for (const row of ROWS) {
    it(row.line, () => {
      const { steps } = replay(['docker run -d --name web nginx', row.line]);
      assert.deepEqual(
        { exitCode: steps[1]!.exitCode, stdout: steps[1]!.stdout, stderr: steps[1]!.stderr },
        { exitCode: 125, stdout: '', stderr: row.stderr },
      );
    });
  }

  it('a filter with = passes the flag, even with an empty value', () => {
    const { steps } = replay(['docker run -d --name web nginx', "docker ps -f name= --format '{{.Names}}'"]);
    assert.deepEqual({ exitCode: steps[1]!.exitCode, stdout: steps[1]!.stdout }, { exitCode: 0, stdout: 'web\n' });
  });
});
