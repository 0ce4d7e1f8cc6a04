// The chunked compose model against the whole-file loader: same source model and ranges, the
// fallbacks to a whole-file parse, problems per chunk, nodeAt paths, and edits (a property: any
// edit gives what a fresh model of the new text gives).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ComposeError } from '../../src/compose/errors';
import { loadComposeFile } from '../../src/compose/load';
import { ComposeModel } from '../../src/language/compose/composeModel';
import { sampleCompose } from './composeSample';

const seedSetting = process.env.FC_SEED ?? '20261126';
if (seedSetting !== 'random') fc.configureGlobal({ seed: Number(seedSetting) });

const FILE = [
  '# a compose file',
  'name: shop',
  'version: "3.8"',
  'services:',
  '  # the front',
  '  web:',
  '    image: nginx',
  '    network_mode: "service:db"',
  '    # trailing comment',
  '',
  '  db:',
  '    image: postgres',
  '    networks:',
  '      front:',
  '        aliases: [database]',
  '        ipv4_address: 10.1.0.5',
  '      back:',
  '    ports:',
  '      - "127.0.0.1:5432:5432"',
  '# between',
  'networks:',
  '  front:',
  '    ipam:',
  '      config:',
  '        - subnet: 10.1.0.0/16',
  '  back: {}',
  'x-extra:',
  '  note: yes',
  '',
].join('\n');

function loadOrError(text: string): unknown {
  try {
    return loadComposeFile('compose.yaml', text);
  } catch (e) {
    if (e instanceof ComposeError) return { message: e.message, range: e.range };
    throw e;
  }
}

/** What a model says about its text: the source when it has no problems, else its first problem. */
function modelView(model: ComposeModel): unknown {
  const problems = model.problems();
  return problems.length === 0 ? model.source() : problems[0];
}

describe('compose model: chunks agree with the whole-file loader', () => {
  it('reads a file with comments, name, version and extension keys as loadComposeFile does', () => {
    const model = ComposeModel.from('compose.yaml', FILE);
    assert.equal(model.chunked, true);
    assert.deepEqual(model.source(), loadComposeFile('compose.yaml', FILE));
    assert.deepEqual(model.problems(), []);
  });

  it('reads a generated 50-service file as loadComposeFile does, parsing services only when asked', function () {
    this.timeout(30_000);
    const text = sampleCompose(50);
    const model = ComposeModel.from('compose.yaml', text);
    assert.equal(model.stats().parsed, 0);
    assert.equal(model.serviceAt(text.indexOf('svc7:'))?.name, 'svc7');
    assert.equal(model.stats().parsed, 1);
    assert.deepEqual(model.source(), loadComposeFile('compose.yaml', text));
  });

  for (const [name, text] of [
    ['anchors and aliases', 'x-base: &base\n  image: nginx\nservices:\n  web: *base\n'],
    ['merge keys', 'x-base: &base\n  image: nginx\nservices:\n  web:\n    <<: *base\n    hostname: w\n'],
    ['tabs in indentation', 'services:\n\tweb:\n\t\timage: nginx\n'],
    ['several documents', 'services:\n  a:\n    image: x\n---\nservices:\n  b:\n    image: y\n'],
    ['a flow top level', '{services: {web: {image: nginx}}}\n'],
    ['a top-level sequence', '- a\n- b\n'],
    ['a quoted service key', 'services:\n  "web":\n    image: nginx\n'],
    ['a duplicated service', 'services:\n  web:\n    image: a\n  web:\n    image: b\n'],
  ] as const) {
    it(`parses the whole file for ${name}, as the loader does`, () => {
      const model = ComposeModel.from('compose.yaml', text);
      assert.equal(model.chunked, false);
      assert.deepEqual(modelView(model), loadOrError(text));
    });
  }

  it('takes an empty file and a comment-only file without problems', () => {
    for (const text of ['', '# nothing\n', '\n\n']) {
      const model = ComposeModel.from('compose.yaml', text);
      assert.deepEqual(model.problems(), []);
      assert.deepEqual(model.source(), loadComposeFile('compose.yaml', text));
      // Hovering, and typing the first service into it, as into a new compose.yaml.
      assert.equal(model.nodeAt(0), undefined);
      assert.equal(model.serviceAt(0), undefined);
      const typed = `services:\n  web:\n    image: nginx\n${text}`;
      const edited = model.edit(
        [{ rangeOffset: 0, rangeLength: 0, text: typed.slice(0, typed.length - text.length) }],
        typed,
      );
      assert.deepEqual(edited.serviceNames(), ['web']);
    }
  });

  it('reports a syntax error at its file line and keeps answering in the other services', () => {
    const text = FILE.replace('    image: postgres', '    image: [postgres');
    const model = ComposeModel.from('compose.yaml', text);
    const problems = model.problems();
    assert.equal(problems.length, 1);
    const whole = loadOrError(text) as { message: string; range: readonly [number, number] };
    assert.match(problems[0]!.message, /^failed to parse compose\.yaml: yaml: line 13, column/);
    assert.equal(problems[0]!.message, whole.message);
    assert.equal(model.serviceAt(text.indexOf('nginx'))?.image?.value, 'nginx');
    assert.deepEqual(model.nodeAt(text.indexOf('service:db') + 2)?.path, ['services', 'web', 'network_mode']);
  });

  it('reports a schema error of one service in compose-go words', () => {
    const text = FILE.replace('    image: nginx', '    image: nginx\n    hostnam: w');
    const model = ComposeModel.from('compose.yaml', text);
    assert.deepEqual(model.problems(), [loadOrError(text)]);
  });

  it('gives the YAML path, key or value, and range under the cursor', () => {
    const model = ComposeModel.from('compose.yaml', FILE);
    const key = FILE.indexOf('ipv4_address');
    assert.deepEqual(model.nodeAt(key + 2), {
      path: ['services', 'db', 'networks', 'front', 'ipv4_address'],
      onKey: true,
      text: 'ipv4_address',
      range: [key, key + 'ipv4_address'.length],
    });
    const alias = FILE.indexOf('database');
    assert.deepEqual(model.nodeAt(alias + 1), {
      path: ['services', 'db', 'networks', 'front', 'aliases', 0],
      onKey: false,
      text: 'database',
      range: [alias, alias + 'database'.length],
    });
    assert.deepEqual(model.nodeAt(FILE.indexOf('10.1.0.0/16'))?.path, [
      'networks',
      'front',
      'ipam',
      'config',
      0,
      'subnet',
    ]);
    assert.deepEqual(model.nodeAt(FILE.indexOf('services:') + 1)?.path, ['services']);
  });

  it('converts offsets and positions both ways', () => {
    const model = ComposeModel.from('compose.yaml', FILE);
    const offset = FILE.indexOf('ipv4_address');
    const position = model.positionAt(offset);
    assert.deepEqual(position, { line: 15, character: 8 });
    assert.equal(model.offsetAt(position), offset);
    assert.equal(model.offsetAt({ line: 1, character: 999 }), FILE.indexOf('\nversion'));
  });

  it('re-parses only the edited service on an edit inside it', function () {
    this.timeout(30_000);
    const text = sampleCompose(200);
    const model = ComposeModel.from('compose.yaml', text);
    model.positionAt(0);
    const at = text.indexOf('hostname: host150') + 'hostname: host15'.length;
    const next = model.edit([{ rangeOffset: at, rangeLength: 0, text: '9' }], text.slice(0, at) + '9' + text.slice(at));
    assert.equal(next.chunked, true);
    assert.equal(next.stats().parsed, 0);
    assert.equal(next.serviceAt(at)?.hostname?.value, 'host1590');
    assert.deepEqual(next.source(), loadComposeFile('compose.yaml', next.text));
    assert.deepEqual(next.positionAt(text.length + 1), model.positionAt(text.length));
  });

  it('gives after any edit what a fresh model of the new text gives (property)', function () {
    this.timeout(120_000);
    const base = FILE + sampleCompose(3).replace('name: sample\n', '').replace('services:', 'volumes:\n  data:\nx-s:');
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      length: fc.nat({ max: 6 }),
      text: fc.stringMatching(/^[a-z \n:#\-"'[\]{}&*]{0,4}$/),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let model = ComposeModel.from('compose.yaml', base);
        model.positionAt(0);
        for (const e of edits) {
          const at = Math.min(e.at, model.text.length);
          const length = Math.min(e.length, model.text.length - at);
          const text = model.text.slice(0, at) + e.text + model.text.slice(at + length);
          model.serviceAt(at);
          model = model.edit([{ rangeOffset: at, rangeLength: length, text: e.text }], text);
        }
        const fresh = ComposeModel.from('compose.yaml', model.text);
        assert.deepEqual(model.problems(), fresh.problems());
        assert.deepEqual(model.source(), fresh.source());
        assert.deepEqual(model.positionAt(model.text.length), fresh.positionAt(model.text.length));
        if (fresh.problems().length === 0) {
          const whole = loadOrError(model.text);
          if (!(whole as { message?: string }).message) assert.deepEqual(fresh.source(), whole);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('opens a 50,000-line file and answers at its end without a whole-file parse', () => {
    const text = sampleCompose(3600);
    assert.ok(text.split('\n').length >= 50_000);
    const model = ComposeModel.from('compose.yaml', text);
    const at = text.lastIndexOf('ipv4_address');
    assert.equal(model.nodeAt(at)?.path.join('.'), 'services.svc3599.networks.net3.ipv4_address');
    assert.equal(model.stats().parsed, 1);
  });
});
