// The command forms' checks as a value is typed: each says what the lab's docker would say to it,
// so the same value typed into the terminal gets the same words.
import * as assert from 'node:assert/strict';
import {
  commandLineRule,
  containerNameRule,
  gatewayRule,
  networkNameRule,
  parsePortProbe,
  portProbeRule,
  portsRule,
  reachTargetRule,
  splitList,
  staticIpRule,
  subnetRule,
} from '../../src/viewModels/inputRules';
import { replay } from './transcript';

/** The stderr the lab's docker prints for a line, without the CLI's framing, to compare words. */
function dockerSays(lines: string[]): string {
  const { steps } = replay(lines);
  return steps[steps.length - 1]!.stderr;
}

describe('input rules', () => {
  describe('container names', () => {
    const { lab } = replay(['docker run -d --name web nginx']);
    const rule = containerNameRule(lab);

    it('takes names docker takes, and empty (a generated name)', () => {
      for (const name of ['', 'db', 'my-app_2.0', 'A1', '/api']) assert.equal(rule(name), undefined, name);
    });

    it("refuses bad characters and one-character names with the daemon's words", () => {
      for (const name of ['x', '-web', 'my app', 'é1', '_x', '.x']) {
        const message = `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
        assert.deepEqual(rule(name), { docker: message }, name);
      }
      assert.ok(dockerSays([`docker run -d --name x busybox`]).includes('Invalid container name (x), only'));
    });

    it('refuses a name in use, as docker run does', () => {
      const problem = rule('web');
      assert.ok(problem && 'docker' in problem);
      assert.match(
        problem.docker,
        /^Conflict\. The container name "\/web" is already in use by container "[0-9a-f]{64}"/,
      );
      assert.ok(
        dockerSays(['docker run -d --name web nginx', 'docker run -d --name web nginx']).includes(problem.docker),
      );
    });
  });

  describe('network names', () => {
    const { lab } = replay(['docker network create app']);
    const rule = networkNameRule(lab);

    it('takes any new name (docker has no character rule for networks)', () => {
      for (const name of ['front', 'x', 'my_net.1']) assert.equal(rule(name), undefined, name);
    });

    it('refuses predefined, empty and taken names with the daemon words', () => {
      assert.deepEqual(rule('bridge'), { docker: 'operation is not permitted on predefined bridge network ' });
      assert.deepEqual(rule('host'), { docker: 'operation is not permitted on predefined host network ' });
      assert.deepEqual(rule(''), { docker: 'invalid name: name is empty' });
      assert.deepEqual(rule('app'), { docker: 'network with name app already exists' });
      assert.ok(
        dockerSays(['docker network create app', 'docker network create app']).includes(
          'network with name app already exists',
        ),
      );
    });
  });

  describe('ports', () => {
    it('takes -p values, one or several, and nothing', () => {
      for (const text of ['', '80', '8080:80', '127.0.0.1:8080:80/tcp', '53:53/udp, 8000-8001:80-81', '80 443:443'])
        assert.equal(portsRule(text), undefined, text);
    });

    it("refuses what docker run -p refuses, in go-connections' words", () => {
      assert.deepEqual(portsRule('8080:http'), { docker: 'invalid containerPort: http' });
      assert.deepEqual(portsRule('80, 99999:80'), { docker: 'invalid hostPort: 99999' });
      assert.deepEqual(portsRule('80/icmp'), { docker: 'invalid proto: icmp' });
      assert.ok(dockerSays(['docker run -d -p 80/icmp nginx']).includes('invalid proto: icmp'));
    });

    it('splits lists on commas and spaces', () => {
      assert.deepEqual(splitList(' a, b  c,,d '), ['a', 'b', 'c', 'd']);
    });
  });

  describe('static addresses', () => {
    const { lab } = replay([
      'docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 app',
      'docker run -d --name db --network app --ip 10.10.0.5 busybox top',
    ]);
    const app = lab.findNetwork('app')!;
    const rule = staticIpRule(lab, app);

    it('takes a free address of the subnet, and nothing', () => {
      for (const text of ['', '10.10.0.6', '10.10.0.200']) assert.equal(rule(text), undefined, text);
    });

    it('refuses bad syntax and addresses outside the subnet in the daemon words', () => {
      assert.deepEqual(rule('10.10.0'), { docker: 'invalid endpoint settings:\ninvalid IPv4 address: 10.10.0' });
      assert.deepEqual(rule('10.10.1.5'), {
        docker: 'invalid endpoint settings:\nno configured subnet contains IP address 10.10.1.5',
      });
      assert.ok(
        dockerSays([
          'docker network create --subnet 10.10.0.0/24 app',
          'docker run -d --network app --ip 10.10.1.5 busybox top',
        ]).includes('no configured subnet contains IP address 10.10.1.5'),
      );
    });

    it('refuses an address a container or the gateway holds', () => {
      assert.deepEqual(rule('10.10.0.5'), { docker: 'Address already in use' });
      assert.deepEqual(rule('10.10.0.254'), { docker: 'Address already in use' });
    });

    it('refuses any address on the default bridge', () => {
      const bridge = lab.findNetwork('bridge')!;
      assert.deepEqual(staticIpRule(lab, bridge)('172.17.0.9'), {
        docker: 'invalid endpoint settings:\nuser-specified IP address is supported on user-defined networks only',
      });
    });
  });

  describe('subnets and gateways', () => {
    const { lab } = replay(['docker network create --subnet 10.20.0.0/16 app']);
    const rule = subnetRule(lab);

    it('takes a free subnet, and nothing (Docker picks one)', () => {
      for (const text of ['', '10.30.0.0/24', '192.168.100.0/24']) assert.equal(rule(text), undefined, text);
    });

    it("refuses bad CIDR syntax in the CLI's words", () => {
      assert.deepEqual(rule('10.0.0.0'), { docker: `netip.ParsePrefix("10.0.0.0"): no '/'` });
      assert.deepEqual(rule('10.0.0/24'), {
        docker: `netip.ParsePrefix("10.0.0/24"): ParseAddr("10.0.0"): IPv4 address too short`,
      });
      assert.deepEqual(rule('10.0.0.0/40'), { docker: `netip.ParsePrefix("10.0.0.0/40"): prefix length out of range` });
      assert.ok(dockerSays(['docker network create --subnet 10.0.0.0 x1']).includes(`no '/'`));
    });

    it('refuses host bits and overlaps in the daemon words', () => {
      assert.deepEqual(rule('10.30.0.1/24'), {
        docker: 'invalid network config:\ninvalid subnet 10.30.0.1/24: it should be 10.30.0.0/24',
      });
      assert.deepEqual(rule('10.20.5.0/24'), {
        docker: 'invalid pool request: Pool overlaps with other one on this address space',
      });
    });

    it('takes a gateway inside the subnet and refuses others', () => {
      const gateway = gatewayRule('10.30.0.0/24');
      assert.equal(gateway(''), undefined);
      assert.equal(gateway('10.30.0.1'), undefined);
      assert.deepEqual(gateway('10.31.0.1'), { docker: 'no matching subnet for gateway 10.31.0.1' });
      assert.deepEqual(gateway('ten'), {
        docker: 'invalid argument "ten" for "--gateway" flag: invalid string being converted to IP address: ten',
      });
      assert.ok(
        dockerSays(['docker network create --subnet 10.30.0.0/24 --gateway ten x1']).includes(
          'invalid argument "ten" for "--gateway" flag',
        ),
      );
    });
  });

  describe('command lines and probes', () => {
    it('needs a command the shell can split', () => {
      assert.equal(commandLineRule('ip addr'), undefined);
      assert.deepEqual(commandLineRule('  '), { own: 'empty', value: '  ' });
      assert.deepEqual(commandLineRule("echo 'hi"), { docker: 'unterminated quoted string' });
    });

    it('needs one name or address to probe', () => {
      assert.equal(reachTargetRule('db'), undefined);
      assert.equal(reachTargetRule('10.0.0.1'), undefined);
      assert.deepEqual(reachTargetRule(''), { own: 'empty', value: '' });
      assert.deepEqual(reachTargetRule('a b'), { own: 'oneWord', value: 'a b' });
    });

    it('reads one port with its protocol, and refuses ranges and mappings', () => {
      assert.deepEqual(parsePortProbe('80'), { port: 80, protocol: 'tcp' });
      assert.deepEqual(parsePortProbe('53/udp'), { port: 53, protocol: 'udp' });
      assert.equal(parsePortProbe(''), undefined);
      assert.equal(portProbeRule(''), undefined);
      assert.equal(portProbeRule('443/tcp'), undefined);
      assert.deepEqual(portProbeRule('80/icmp'), { docker: 'invalid proto: icmp' });
      assert.deepEqual(portProbeRule('80-81'), { own: 'onePort', value: '80-81' });
      assert.deepEqual(portProbeRule('8080:80'), { own: 'onePort', value: '8080:80' });
      assert.deepEqual(portProbeRule('0'), { own: 'onePort', value: '0' });
    });
  });
});
