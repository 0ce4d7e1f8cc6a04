// Compose hovers: each network key's text in both languages, the value under the cursor, the port
// parts and reach, "in this file" from simulation facts, reference links, and escaping.
import * as assert from 'node:assert/strict';
import { COMPOSE_KEYS } from '../../src/knowledge/composeKeys';
import { ComposeModel } from '../../src/language/compose/composeModel';
import { composeHover } from '../../src/language/compose/composeHover';
import { simulateCompose } from '../../src/language/compose/composeSimulation';
import type { SimulationFacts } from '../../src/language/compose/simulationFacts';
import { escapeMarkdown, inlineCode } from '../../src/core/text/markdown';

const FILE = [
  'services:',
  '  web:',
  '    image: nginx',
  '    network_mode: "service:db"',
  '  db:',
  '    image: postgres',
  '    hostname: database',
  '    domainname: example.org',
  '    mac_address: 02:42:ac:11:00:02',
  '    dns: [1.1.1.1]',
  '    dns_search: example.org',
  '    dns_opt: [ndots:2]',
  '    extra_hosts: ["gw:10.0.0.1"]',
  '    links: [cache]',
  '    external_links: [redis]',
  '    expose: ["5432"]',
  '    build:',
  '      context: .',
  '      network: host',
  '    networks:',
  '      front:',
  '        aliases: [database]',
  '        ipv4_address: 10.1.0.5',
  '        ipv6_address: fd00::5',
  '        interface_name: eth7',
  '        priority: 10',
  '        gw_priority: 1',
  '        mac_address: 02:42:ac:11:00:03',
  '    ports:',
  '      - "127.0.0.1:5432:5432"',
  '      - "8000-8002:80-82/udp"',
  '      - target: 443',
  '        published: "8443"',
  '        host_ip: 192.168.1.10',
  '      - "9000"',
  '  cache:',
  '    image: redis',
  '    network_mode: host',
  '    networks: [front]',
  'networks:',
  '  front:',
  '    driver: bridge',
  '    driver_opts:',
  '      com.docker.network.bridge.name: br-front',
  '    ipam:',
  '      driver: default',
  '      config:',
  '        - subnet: 10.1.0.0/16',
  '          ip_range: 10.1.0.0/24',
  '          gateway: 10.1.0.1',
  '          aux_addresses:',
  '            host1: 10.1.0.9',
  '    internal: false',
  '    attachable: true',
  '    enable_ipv4: true',
  '    enable_ipv6: true',
  '    name: shop-front',
  '    labels: [a=b]',
  '  outside:',
  '    external: true',
  '',
].join('\n');

const FACTS: SimulationFacts = {
  project: 'shop',
  networks: [
    {
      key: 'front',
      name: 'shop-front',
      driver: 'bridge',
      subnets: ['10.1.0.0/16'],
      gateways: ['10.1.0.1'],
      external: false,
    },
  ],
  services: [
    {
      name: 'db',
      container: 'shop-db-1',
      state: 'running',
      hostname: 'database',
      networkMode: 'shop-front',
      attachments: [{ network: 'front', networkName: 'shop-front', ipv4: '10.1.0.5', aliases: ['database', 'db'] }],
      ports: [{ hostIp: '127.0.0.1', hostPort: '5432', containerPort: '5432', protocol: 'tcp' }],
    },
  ],
  notes: [],
};

const model = ComposeModel.from('compose.yaml', FILE);

/** The hover at the nth occurrence of needle (plus a character or two into it). */
function hoverAt(needle: string, locale: 'en' | 'zh-cn' = 'en', facts?: SimulationFacts, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = FILE.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return composeHover(model, model.positionAt(at + 1), locale, facts);
}

describe('compose hovers', () => {
  const keys: [string, keyof typeof COMPOSE_KEYS, number?][] = [
    ['network_mode', 'service.network_mode'],
    ['hostname', 'service.hostname'],
    ['domainname', 'service.domainname'],
    ['mac_address', 'service.mac_address'],
    ['dns:', 'service.dns'],
    ['dns_search', 'service.dns_search'],
    ['dns_opt', 'service.dns_opt'],
    ['extra_hosts', 'service.extra_hosts'],
    ['links', 'service.links'],
    ['external_links', 'service.external_links'],
    ['expose', 'service.expose'],
    ['network: host', 'service.build.network'],
    ['networks:', 'service.networks'],
    ['front:', 'service.networks.entry'],
    ['aliases', 'service.networks.aliases'],
    ['ipv4_address', 'service.networks.ipv4_address'],
    ['ipv6_address', 'service.networks.ipv6_address'],
    ['interface_name', 'service.networks.interface_name'],
    ['priority', 'service.networks.priority'],
    ['gw_priority', 'service.networks.gw_priority'],
    ['mac_address', 'service.networks.mac_address', 1],
    ['ports:', 'service.ports'],
    ['networks:', 'networks', 2],
    ['front:', 'network.entry', 1],
    ['driver:', 'network.driver'],
    ['driver_opts', 'network.driver_opts'],
    ['ipam', 'network.ipam'],
    ['driver:', 'network.ipam.driver', 1],
    ['config', 'network.ipam.config'],
    ['subnet', 'network.ipam.subnet'],
    ['ip_range', 'network.ipam.ip_range'],
    ['gateway', 'network.ipam.gateway'],
    ['aux_addresses', 'network.ipam.aux_addresses'],
    ['external: true', 'network.external'],
    ['internal', 'network.internal'],
    ['attachable', 'network.attachable'],
    ['enable_ipv4', 'network.enable_ipv4'],
    ['enable_ipv6', 'network.enable_ipv6'],
    ['name: shop', 'network.name'],
    ['labels', 'network.labels'],
  ];
  for (const [needle, key, nth] of keys) {
    it(`explains ${key} in both languages, with its reference link`, () => {
      for (const locale of ['en', 'zh-cn'] as const) {
        const hover = hoverAt(needle, locale, undefined, nth ?? 0)!;
        assert.ok(hover, `${needle} ${locale}`);
        assert.ok(hover.markdown.startsWith(COMPOSE_KEYS[key].text[locale]), `${key} ${locale}: ${hover.markdown}`);
        assert.equal(hover.link, COMPOSE_KEYS[key].link);
      }
    });
  }

  it('links keys to their Docker reference pages', () => {
    assert.equal(
      hoverAt('network_mode')!.link,
      'https://docs.docker.com/reference/compose-file/services/#network_mode',
    );
    assert.equal(hoverAt('subnet')!.link, 'https://docs.docker.com/reference/compose-file/networks/#ipam');
  });

  it('has no hover off the network keys', () => {
    assert.equal(hoverAt('image'), undefined);
    assert.equal(hoverAt('context'), undefined);
  });

  it('explains each network_mode value form', () => {
    const service = hoverAt('service:db')!;
    assert.match(service.markdown, /`service:NAME`: the container joins the namespace/);
    assert.match(service.markdown, /`web` joins `db`’s network namespace/);
    assert.match(service.markdown, /`5432\/tcp`/);
    const host = hoverAt('host\n    networks: [front]')!;
    assert.match(host.markdown, /`host`: the container uses the host’s network stack/);
    for (const [value, text] of [
      ['bridge', /`bridge`: the engine’s default bridge/],
      ['none', /`none`: only a loopback interface/],
      ['container:x', /`container:NAME`: the container joins/],
    ] as const) {
      const text2 = FILE.replace('"service:db"', value);
      const m = ComposeModel.from('compose.yaml', text2);
      const h = composeHover(m, m.positionAt(text2.indexOf(value) + 1), 'en')!;
      assert.match(h.markdown, text);
    }
    const zh = hoverAt('service:db', 'zh-cn')!;
    assert.match(zh.markdown, /`web` 加入 `db` 的网络命名空间/);
  });

  it('prints the joined service’s address and hostname from the facts', () => {
    const withFacts = hoverAt('service:db', 'en', FACTS)!;
    assert.match(withFacts.markdown, /\*\*In this file:\*\*/);
    assert.match(withFacts.markdown, /Shared address: `10\.1\.0\.5`; hostname: `database`/);
    assert.doesNotMatch(hoverAt('service:db')!.markdown, /10\.1\.0\.5/);
  });

  it('gives a service’s network entry the network’s name, subnet and the service’s address from the facts', () => {
    const hover = hoverAt('front:', 'en', FACTS)!;
    assert.match(hover.markdown, /Network `front` is created as `shop-front`/);
    assert.match(hover.markdown, /Subnet `10\.1\.0\.0\/16`, gateway `10\.1\.0\.1`/);
    assert.match(hover.markdown, /`db` gets `10\.1\.0\.5` on it/);
    const listForm = hoverAt('front]', 'zh-cn', FACTS)!;
    assert.match(listForm.markdown, /网络 `front` 创建为 `shop-front`/);
    assert.doesNotMatch(hoverAt('front:')!.markdown, /In this file/);
    const top = hoverAt('front:', 'en', FACTS, 1)!;
    assert.match(top.markdown, /Services on it: `db`/);
  });

  it('parses port entries into host IP, ports and protocol, and says from where they are reachable', () => {
    const loopback = hoverAt('127.0.0.1:5432')!;
    assert.match(
      loopback.markdown,
      /Host IP: `127\.0\.0\.1`; host port: `5432`; container port: `5432`; protocol: `tcp`/,
    );
    assert.match(loopback.markdown, /only on the host’s loopback/);
    const range = hoverAt('8000-8002')!;
    assert.match(
      range.markdown,
      /Host IP: every address \(0\.0\.0\.0 and ::\); host port: `8000-8002`; container port: `80-82`; protocol: `udp`/,
    );
    assert.match(range.markdown, /every host address/);
    const long = hoverAt('target: 443')!;
    assert.match(long.markdown, /Host IP: `192\.168\.1\.10`; host port: `8443`; container port: `443`/);
    assert.match(long.markdown, /only on the host address `192\.168\.1\.10`/);
    assert.deepEqual(long.range.start, model.positionAt(FILE.indexOf('target: 443')));
    assert.match(hoverAt('"9000"')!.markdown, /host port: a free one/);
    assert.match(hoverAt('127.0.0.1:5432', 'en', FACTS)!.markdown, /Published as `127\.0\.0\.1:5432`/);
    assert.match(hoverAt('127.0.0.1:5432', 'zh-cn')!.markdown, /只在宿主机回环地址/);
  });

  it('says where each of two ports with one container port is published, from a real simulation', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80"\n      - "8081:80"\n';
    const path = '/srv/demo/compose.yaml';
    const model = ComposeModel.from(path, text);
    const facts = simulateCompose(path, text, { file: model.source() });
    const at = (needle: string) => composeHover(model, model.positionAt(text.indexOf(needle) + 1), 'en', facts)!;
    assert.match(at('8081:80').markdown, /Published as `0\.0\.0\.0:8081`/);
    assert.match(at('127.0.0.1:8080').markdown, /Published as `127\.0\.0\.1:8080`/);
    assert.match(at('127.0.0.1:8080').markdown, /only on the host’s loopback/);
  });

  it('escapes names and values from the file', () => {
    const evil = [
      'services:',
      '  web:',
      '    network_mode: "service:<img src=x onerror=alert(1)>"',
      '    ports:',
      '      - "[x](command:foo):80"',
    ].join('\n');
    const m = ComposeModel.from('compose.yaml', evil);
    for (const needle of ['service:<img', '[x](command']) {
      const h = composeHover(m, m.positionAt(evil.indexOf(needle) + 2), 'en')!;
      const outsideCode = h.markdown.replace(/(`+)[\s\S]*?\1/g, '');
      assert.doesNotMatch(outsideCode, /<img|\]\(command:/, h.markdown);
      assert.ok(h.markdown.includes('<img') || h.markdown.includes('[x](command'), h.markdown);
    }
    assert.equal(inlineCode('a`b'), '``a`b``');
    assert.equal(inlineCode('`x'), '`` `x ``');
    assert.equal(escapeMarkdown('<b>[x](y)'), '\\<b\\>\\[x\\]\\(y\\)');
  });

  it('keeps hovering in services around a broken one', () => {
    const broken = FILE.replace('    image: postgres', '    image: [postgres');
    const m = ComposeModel.from('compose.yaml', broken);
    assert.ok(m.problems().length > 0);
    const h = composeHover(m, m.positionAt(broken.indexOf('network_mode') + 1), 'en')!;
    assert.match(h.markdown, /`network_mode` puts/);
    const h2 = composeHover(m, m.positionAt(broken.indexOf('subnet') + 1), 'en')!;
    assert.match(h2.markdown, /`subnet`/);
  });
});
