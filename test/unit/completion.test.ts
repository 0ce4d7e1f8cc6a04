// Tab completion in the lab terminal: commands of the shell at hand, docker's subcommands and
// flags from the tables the commands parse with, and the lab's containers, networks and images.
import * as assert from 'node:assert/strict';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { complete, completionText, wordsBeforeCursor } from '../../src/commandLine/terminal/completion';

/** A host session with `web` (nginx, running), `box` (busybox, running), `old` (stopped), `frozen` (paused) and `mynet`. */
function lab(): Session {
  const s = new Session(new Lab({ seed: 0 }));
  for (const line of [
    'docker network create mynet',
    'docker run -d --name web nginx',
    'docker run -dit --name box --network mynet busybox',
    'docker run -d --name old nginx',
    'docker stop old',
    'docker run -d --name frozen redis',
    'docker pause frozen',
  ]) {
    const r = s.execute(line);
    assert.equal(r.output.exitCode, 0, `${line}: ${r.output.stderr}`);
  }
  return s;
}

/** Candidates for the word at the end of line. */
const candidates = (s: Session, line: string) => complete(s, line, line.length).candidates;

describe('completion: commands', () => {
  it('completes the host shell commands: docker, the tools, cd and exit', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'do'), ['docker']);
    assert.deepEqual(candidates(s, 'if'), ['ifconfig']);
    assert.deepEqual(candidates(s, 'n'), ['nc', 'netstat', 'nslookup']);
    const all = candidates(s, '');
    for (const name of ['docker', 'cd', 'exit', 'wget', 'curl', 'ping', 'ip', 'cat'])
      assert.ok(all.includes(name), name);
  });

  it('completes the command after ; | && and in $(', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'echo hi | gr'), ['grep']);
    assert.deepEqual(candidates(s, 'true && hostn'), ['hostname']);
    assert.deepEqual(candidates(s, 'echo $(hostn'), ['hostname']);
    assert.deepEqual(candidates(s, "echo 'a;b' gr"), []);
  });

  it('in a container, offers only the programs its image has, and no docker', () => {
    const s = lab();
    s.execute('docker exec -it box sh');
    assert.equal(s.contextName, 'box');
    assert.deepEqual(candidates(s, 'if'), ['ifconfig']);
    assert.deepEqual(candidates(s, 'do'), []);
    assert.deepEqual(candidates(s, 'docker ru'), []);
    assert.ok(!candidates(s, '').includes('curl'), 'busybox has no curl');
    s.execute('exit');
    s.execute('docker exec -it web sh');
    assert.equal(s.contextName, 'web');
    assert.deepEqual(candidates(s, 'if'), [], 'nginx (Debian) has no ifconfig');
    assert.deepEqual(candidates(s, 'cu'), ['curl', 'cut']);
    assert.deepEqual(candidates(s, 'ba'), ['bash']);
  });
});

describe('completion: docker subcommands', () => {
  it('completes docker verbs, docker network, docker compose and docker container', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker ru'), ['run']);
    assert.deepEqual(candidates(s, 'docker p'), ['pause', 'port', 'ps', 'pull']);
    assert.ok(candidates(s, 'docker ').includes('network'));
    assert.ok(candidates(s, 'docker ').includes('container'));
    assert.ok(!candidates(s, 'docker ').some((c) => c.includes(' ')), 'no internal names');
    assert.deepEqual(candidates(s, 'docker network c'), ['connect', 'create']);
    assert.deepEqual(candidates(s, 'docker network '), [
      'connect',
      'create',
      'disconnect',
      'inspect',
      'list',
      'ls',
      'prune',
      'remove',
      'rm',
    ]);
    assert.deepEqual(candidates(s, 'docker compose u'), ['unpause', 'up']);
    assert.deepEqual(candidates(s, 'docker compose -f compose.yaml d'), ['down']);
    assert.deepEqual(candidates(s, 'docker container l'), ['list', 'logs', 'ls']);
    assert.deepEqual(candidates(s, 'docker ima'), ['image', 'images']);
    assert.deepEqual(candidates(s, 'docker image '), [
      'inspect',
      'list',
      'ls',
      'prune',
      'pull',
      'remove',
      'rm',
      'rmi',
      'tag',
    ]);
  });
});

describe('completion: flags', () => {
  it("completes flags from the command's own table, aliases included", () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker run --net'), ['--net', '--net-alias', '--network', '--network-alias']);
    assert.deepEqual(candidates(s, 'docker run -d --pub'), ['--publish', '--publish-all']);
    assert.deepEqual(candidates(s, 'docker ps --fo'), ['--format']);
    assert.deepEqual(candidates(s, 'docker network create --sub'), ['--subnet']);
    assert.deepEqual(candidates(s, 'docker network connect --al'), ['--alias']);
    assert.deepEqual(candidates(s, 'docker compose up --det'), ['--detach']);
    assert.deepEqual(candidates(s, 'docker compose --proj'), ['--project-name']);
    assert.deepEqual(candidates(s, 'docker exec --wo'), ['--workdir']);
    assert.deepEqual(candidates(s, 'docker container ls --no'), ['--no-trunc']);
  });

  it('a lone dash lists the short forms too', () => {
    const s = lab();
    const all = candidates(s, 'docker logs -');
    assert.ok(all.includes('-f') && all.includes('--follow') && all.includes('-n') && all.includes('--tail'));
  });

  it("completes a flag's value: networks for --network, with `=` or as the next word", () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker run --network '), ['bridge', 'container:', 'host', 'mynet', 'none']);
    const eq = complete(s, 'docker run --network=my', 23);
    assert.deepEqual(eq.candidates, ['mynet']);
    assert.equal(eq.start, 'docker run --network='.length);
    assert.deepEqual(candidates(s, 'docker run --net h'), ['host']);
    const joined = complete(s, 'docker run --network container:w', 32);
    assert.deepEqual(joined.candidates, ['web']);
    assert.equal(joined.start, 'docker run --network container:'.length);
    assert.deepEqual(candidates(s, 'docker network create -d '), ['bridge', 'ipvlan', 'macvlan', 'overlay']);
    assert.deepEqual(candidates(s, 'docker run --name '), [], '--name takes a new name');
  });

  it('after --, and after the image of docker run, words are no longer flags', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker run busybox --net'), []);
    assert.deepEqual(candidates(s, 'docker stop -- --t'), []);
  });
});

describe('completion: names', () => {
  it('completes containers by the state the command wants', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker stop '), ['box', 'web']);
    assert.deepEqual(candidates(s, 'docker start '), ['old']);
    assert.deepEqual(candidates(s, 'docker unpause '), ['frozen']);
    assert.deepEqual(candidates(s, 'docker rm '), ['box', 'frozen', 'old', 'web']);
    assert.deepEqual(candidates(s, 'docker logs w'), ['web']);
    // docker rmi / tag name the images on the host (completion.ImageNames), not the catalogue.
    assert.deepEqual(candidates(s, 'docker rmi '), ['busybox:latest', 'nginx:latest', 'redis:latest']);
    assert.deepEqual(candidates(s, 'docker rename '), ['box', 'frozen', 'old', 'web']);
    assert.deepEqual(candidates(s, 'docker exec -it '), ['box', 'web']);
    assert.deepEqual(candidates(s, 'docker stop web '), ['box', 'web'], 'stop takes several');
    assert.deepEqual(candidates(s, 'docker container stop b'), ['box']);
    assert.deepEqual(candidates(s, 'docker port web '), []);
    assert.deepEqual(candidates(s, 'docker run --link '), ['box', 'frozen', 'old', 'web']);
  });

  it('completes networks, then containers, for docker network connect', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker network connect '), ['bridge', 'host', 'mynet', 'none']);
    assert.deepEqual(candidates(s, 'docker network connect mynet w'), ['web']);
    assert.deepEqual(candidates(s, 'docker network rm m'), ['mynet']);
    assert.deepEqual(candidates(s, 'docker network inspect bridge '), ['bridge', 'host', 'mynet', 'none']);
    assert.deepEqual(candidates(s, 'docker network ls '), []);
  });

  it('completes catalogue images for run, create and pull, past flags and their values', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker run ng'), ['nginx']);
    assert.deepEqual(candidates(s, 'docker run -d --name web2 -p 8080:80 ng'), ['nginx']);
    assert.deepEqual(candidates(s, 'docker run -p8080:80 --network=host b'), ['busybox']);
    assert.deepEqual(candidates(s, 'docker create -it al'), ['alpine']);
    assert.deepEqual(candidates(s, 'docker pull nic'), ['nicolaka/netshoot']);
    assert.ok(candidates(s, 'docker inspect ').includes('mynet') && candidates(s, 'docker inspect ').includes('web'));
  });

  it("completes the program after the image or container: that image's tools", () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'docker run -it busybox if'), ['ifconfig']);
    assert.deepEqual(candidates(s, 'docker run -it --network=host busybox /bin/'), []);
    assert.deepEqual(candidates(s, 'docker exec -it web cu'), ['curl', 'cut']);
    assert.deepEqual(candidates(s, 'docker exec web if'), []);
    assert.deepEqual(candidates(s, 'docker exec box if'), ['ifconfig']);
  });

  it('completes container names as host names for ping, wget and friends', () => {
    const s = lab();
    assert.deepEqual(candidates(s, 'ping w'), ['web']);
    assert.deepEqual(candidates(s, 'wget -qO- b'), ['box']);
    assert.deepEqual(candidates(s, 'cat w'), []);
  });
});

describe('completion: what Tab inserts', () => {
  it('the only candidate and a space; none after = or :; else the common prefix', () => {
    const s = lab();
    assert.equal(completionText(complete(s, 'docker ru', 9)), 'run ');
    assert.equal(completionText(complete(s, 'docker run --network co', 23)), 'container:');
    assert.equal(completionText(complete(s, 'docker run --netw', 17)), '--network');
    assert.equal(completionText(complete(s, 'docker p', 8)), undefined);
    assert.equal(completionText(complete(s, 'zz', 2)), undefined);
  });

  it('completes the word at the cursor, not at the end of the line', () => {
    const s = lab();
    const found = complete(s, 'docker ru busybox', 9);
    assert.deepEqual(found.candidates, ['run']);
    assert.equal(found.start, 7);
  });

  it('splits words as the shell does: quotes and backslashes join', () => {
    assert.deepEqual(
      wordsBeforeCursor(`echo "a b" c\\ d 'e`).map((w) => w.text),
      ['echo', 'a b', 'c d', 'e'],
    );
    assert.deepEqual(
      wordsBeforeCursor('ls ').map((w) => w.text),
      ['ls', ''],
    );
  });
});
