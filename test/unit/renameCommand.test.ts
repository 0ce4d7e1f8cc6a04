// docker rename / docker container rename: each row cites the docker/cli, moby client or moby daemon
// function whose output it follows; whole outputs asserted.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const SETUP = [
  'docker network create app',
  'docker run -d --name web --network app nginx',
  'docker run -d --name c2 --network app busybox top',
];
/** A container's full ID after replaying the lines (replay's seed is fixed). */
const idOf = (lines: string[], name: string) => {
  const { lab } = replay(lines);
  return lab.containerByName(name)!.id;
};

describe('docker rename', () => {
  const C2 = idOf(SETUP, 'c2');
  const CASES: Array<{ source: string; lines: string[]; exitCode: number; stdout: string; stderr: string }> = [
    {
      source: 'cli/command/container/rename.go: success prints nothing',
      lines: [...SETUP, 'docker rename web front'],
      exitCode: 0,
      stdout: '',
      stderr: '',
    },
    {
      source: 'moby daemon/rename.go ContainerRename: ctr.Name == newName (canonicalised with "/")',
      lines: [...SETUP, 'docker rename web /web'],
      exitCode: 1,
      stdout: '',
      stderr:
        'failed to rename container: Error response from daemon: Renaming a container with the same name as its current name\n',
    },
    {
      source: 'moby daemon/rename.go reserveName wrapped "Error when allocating new name", errors.go nameConflictError',
      lines: [...SETUP, 'docker rename web c2'],
      exitCode: 1,
      stdout: '',
      stderr: `failed to rename container: Error response from daemon: Error when allocating new name: Conflict. The container name "/c2" is already in use by container "${C2}". You have to remove (or rename) that container to be able to reuse that name.\n`,
    },
    {
      source: 'moby daemon/names.go reserveName: validContainerNamePattern, the name already given its "/"',
      lines: [...SETUP, 'docker rename web "bad name"'],
      exitCode: 1,
      stdout: '',
      stderr:
        'failed to rename container: Error response from daemon: Error when allocating new name: Invalid container name (/bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
    },
    {
      source: 'moby daemon/names.go RestrictedNamePattern needs two characters',
      lines: [...SETUP, 'docker rename web x'],
      exitCode: 1,
      stdout: '',
      stderr:
        'failed to rename container: Error response from daemon: Error when allocating new name: Invalid container name (/x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
    },
    {
      source: 'moby daemon/rename.go GetContainer: No such container',
      lines: [...SETUP, 'docker rename nope other'],
      exitCode: 1,
      stdout: '',
      stderr: 'failed to rename container: Error response from daemon: No such container: nope\n',
    },
    {
      source: 'moby client/container_rename.go ContainerRename: checked before the request',
      lines: [...SETUP, 'docker rename web /'],
      exitCode: 1,
      stdout: '',
      stderr: 'failed to rename container: new name cannot be blank\n',
    },
    {
      source: 'moby client/utils.go trimID emptyIDError',
      lines: [...SETUP, 'docker rename " " other'],
      exitCode: 1,
      stdout: '',
      stderr: 'failed to rename container: invalid container name or ID: value is empty\n',
    },
    {
      source: 'cli/required.go ExactArgs(2)',
      lines: ['docker rename web'],
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker rename' requires 2 arguments\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n",
    },
    {
      source: 'cli/command/container/cmd.go: rename under docker container',
      lines: [...SETUP, 'docker container rename c2 client', 'docker ps -a --format "{{.Names}}"'],
      exitCode: 0,
      stdout: 'client\nweb\n',
      stderr: '',
    },
    {
      source: 'moby daemon/rename.go: a stopped container is renamed too (no sandbox to update)',
      lines: [
        ...SETUP,
        'docker stop web',
        'docker rename web front',
        'docker inspect -f "{{.Name}} {{.State.Status}}" front',
      ],
      exitCode: 0,
      stdout: '/front exited\n',
      stderr: '',
    },
    {
      source: 'moby daemon/rename.go: the old name is released for a new container',
      lines: [
        ...SETUP,
        'docker rename web front',
        'docker run -d --name web busybox top',
        'docker ps --format "{{.Names}}"',
      ],
      exitCode: 0,
      stdout: 'web\nc2\nfront\n',
      stderr: '',
    },
  ];
  for (const c of CASES) {
    it(`${c.lines[c.lines.length - 1]} (${c.source})`, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: c.exitCode, stdout: c.stdout, stderr: c.stderr },
      );
    });
  }

  it('the embedded DNS answers the new name, not the old one; hostname and /etc/hosts stay (sb.Rename, ep.UpdateDNSNames)', () => {
    const { steps } = replay([
      ...SETUP,
      'docker exec c2 cat /etc/hosts',
      'docker rename web front',
      'docker exec c2 nslookup front',
      'docker exec c2 nslookup web',
      'docker exec front hostname',
      'docker exec front cat /etc/hosts',
      'docker exec c2 cat /etc/hosts',
      'docker inspect -f "{{json .NetworkSettings.Networks.app.DNSNames}}" front',
    ]);
    const [hostsBefore, , found, gone, hostname, hostsFront, hostsC2, dnsNames] = steps.slice(SETUP.length);
    const webId = idOf(SETUP, 'web');
    assert.equal(
      found!.stdout,
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tfront\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n\n',
    );
    assert.equal(gone!.exitCode, 1);
    assert.equal(
      gone!.stdout,
      "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find web: NXDOMAIN\n\n** server can't find web: NXDOMAIN\n\n",
    );
    assert.equal(hostname!.stdout, `${webId.slice(0, 12)}\n`);
    assert.ok(hostsFront!.stdout.endsWith(`172.18.0.2\t${webId.slice(0, 12)}\n`), hostsFront!.stdout);
    assert.equal(hostsC2!.stdout, hostsBefore!.stdout);
    assert.equal(dnsNames!.stdout, `["front","${webId.slice(0, 12)}"]\n`);
  });
});
