// Quick fixes: applied to the text, the file loads again without the problem, with its own indentation.
import * as assert from 'node:assert/strict';
import { loadComposeFile } from '../../src/compose/load';
import { COMPOSE_CODES, composeDiagnostics } from '../../src/language/compose/composeDiagnostics';
import { type ComposeTextEdit, composeQuickFixes } from '../../src/language/compose/composeQuickFixes';

const FILE = '/home/learner/demo/compose.yaml';
const lines = (...l: string[]) => `${l.join('\n')}\n`;

function apply(text: string, edits: readonly ComposeTextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0]))
    out = out.slice(0, e.range[0]) + e.newText + out.slice(e.range[1]);
  return out;
}

/** Applies the one fix offered for the first diagnostic with `code`; the result must load. */
function fix(text: string, code: string, nth = 0): { title: string; text: string } {
  const file = loadComposeFile(FILE, text);
  const diagnostic = composeDiagnostics(file).filter((d) => d.code === code)[nth];
  assert.ok(diagnostic, `no ${code} diagnostic`);
  const fixes = composeQuickFixes(text, file, diagnostic);
  assert.equal(fixes.length, 1);
  const fixed = apply(text, fixes[0]!.edits);
  const reloaded = loadComposeFile(FILE, fixed);
  assert.deepEqual(
    composeDiagnostics(reloaded).filter((d) => d.code === code && d.range[0] === diagnostic.range[0]),
    [],
    'the problem is gone',
  );
  return { title: fixes[0]!.title, text: fixed };
}

describe('compose quick fixes', () => {
  it('removes ports under host mode, list and block forms', () => {
    const text = lines(
      'services:',
      '  web:',
      '    image: nginx',
      '    network_mode: host',
      '    ports:',
      '      - "80:80"',
      '      - target: 443',
      '        published: 443',
      '    restart: always',
    );
    const r = fix(text, COMPOSE_CODES.portsWithHostMode);
    assert.equal(r.title, 'Remove `ports` (host mode discards them)');
    assert.equal(
      r.text,
      lines('services:', '  web:', '    image: nginx', '    network_mode: host', '    restart: always'),
    );
    const last = lines('services:', '  web:', '    image: nginx', '    network_mode: host', '    ports: ["80:80"]');
    assert.equal(
      fix(last, COMPOSE_CODES.portsWithHostMode).text,
      lines('services:', '  web:', '    image: nginx', '    network_mode: host'),
    );
  });

  it('removes networks when network_mode is set (4-space indentation kept)', () => {
    const text = lines(
      'services:',
      '    a:',
      '        image: x',
      '        networks:',
      '            front:',
      '                aliases: [f]',
      '        network_mode: host',
      'networks:',
      '    front: {}',
    );
    const r = fix(text, COMPOSE_CODES.networkModeWithNetworks);
    assert.equal(r.title, 'Remove `networks` (`network_mode` is set)');
    assert.equal(
      r.text,
      lines('services:', '    a:', '        image: x', '        network_mode: host', 'networks:', '    front: {}'),
    );
  });

  it('adds a missing network under the existing top-level networks, at their indentation', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: x',
      '    networks: [front, back]',
      'networks:',
      '  front:',
      '    driver: bridge',
      'volumes: {}',
    );
    const r = fix(text, COMPOSE_CODES.undefinedNetwork);
    assert.equal(r.title, 'Add network "back" to the top-level networks');
    assert.equal(
      r.text,
      lines(
        'services:',
        '  a:',
        '    image: x',
        '    networks: [front, back]',
        'networks:',
        '  front:',
        '    driver: bridge',
        '  back: {}',
        'volumes: {}',
      ),
    );
  });

  it('adds the top-level networks when the file has none, and fills an empty `networks: {}`', () => {
    const text = 'services:\n   a:\n      image: x\n      networks:\n         - "true"';
    assert.equal(fix(text, COMPOSE_CODES.undefinedNetwork).text, `${text}\nnetworks:\n   "true": {}\n`);
    const flow = lines('networks: {}', 'services:', '  a:', '    image: x', '    networks: [n1]');
    assert.equal(
      fix(flow, COMPOSE_CODES.undefinedNetwork).text,
      lines('networks:', '  n1: {}', 'services:', '  a:', '    image: x', '    networks: [n1]'),
    );
  });

  it('each undefined network gets its own fix; none where the edit would not be clean', () => {
    const text = lines('services:', '  a:', '    image: x', '    networks: [one, two]');
    assert.match(fix(text, COMPOSE_CODES.undefinedNetwork, 1).text, /\nnetworks:\n {2}two: \{\}\n$/);
    const flowService = lines('services:', '  a: {image: x, network_mode: host, ports: ["80:80"]}');
    const file = loadComposeFile(FILE, flowService);
    const d = composeDiagnostics(file).find((x) => x.code === COMPOSE_CODES.portsWithHostMode)!;
    assert.deepEqual(composeQuickFixes(flowService, file, d), []);
  });
});
