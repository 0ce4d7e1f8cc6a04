// Compose completions: network_mode values with `service:` for each other service, the file's
// network names under a service's networks (list and map forms), and network and ipam drivers.
import * as assert from 'node:assert/strict';
import { ComposeModel } from '../../src/language/compose/composeModel';
import { composeCompletions } from '../../src/language/compose/composeCompletions';

function complete(text: string, locale: 'en' | 'zh-cn' = 'en') {
  const cursor = text.indexOf('|');
  const clean = text.slice(0, cursor) + text.slice(cursor + 1);
  const model = ComposeModel.from('compose.yaml', clean);
  return composeCompletions(model, model.positionAt(cursor), locale);
}

const HEAD = ['services:', '  web:', '    image: nginx'];
const TAIL = ['  db:', '    image: postgres', 'networks:', '  front:', '  back:', ''];

describe('compose completions', () => {
  it('offers network_mode values with service: for each other service', () => {
    const items = complete([...HEAD, '    network_mode: se|', ...TAIL].join('\n'));
    assert.deepEqual(
      items.map((i) => i.label),
      ['bridge', 'host', 'none', 'service:db', 'container:'],
    );
    assert.deepEqual(items[0]!.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 20 } });
    assert.match(items[1]!.detail, /host’s network stack/);
    const zh = complete([...HEAD, '    network_mode: "|', ...TAIL].join('\n'), 'zh-cn');
    assert.match(zh[0]!.detail, /默认网桥/);
  });

  it('offers the file’s networks under a service’s networks, as list items and as map keys', () => {
    const list = complete([...HEAD, '    networks:', '      - f|', ...TAIL].join('\n'));
    assert.deepEqual(
      list.map((i) => [i.label, i.insertText]),
      [
        ['front', undefined],
        ['back', undefined],
      ],
    );
    assert.deepEqual(list[0]!.range.start, { line: 4, character: 8 });
    const map = complete([...HEAD, '    networks:', '      fr|', ...TAIL].join('\n'));
    assert.deepEqual(
      map.map((i) => i.insertText),
      ['front:', 'back:'],
    );
  });

  it('offers network drivers and the ipam driver under top-level networks', () => {
    const drivers = complete([...HEAD, 'networks:', '  front:', '    driver: |', ''].join('\n'));
    assert.deepEqual(
      drivers.map((i) => i.label),
      ['bridge', 'host', 'none', 'overlay', 'macvlan', 'ipvlan'],
    );
    const ipam = complete([...HEAD, 'networks:', '  front:', '    ipam:', '      driver: d|', ''].join('\n'));
    assert.deepEqual(
      ipam.map((i) => i.label),
      ['default'],
    );
  });

  it('offers nothing elsewhere', () => {
    assert.deepEqual(complete([...HEAD, '    hostname: |', ...TAIL].join('\n')), []);
    assert.deepEqual(complete(['services:', '  web:', '    driver: |', ''].join('\n')), []);
    assert.deepEqual(complete(['networks:', '  a:', '    network_mode: |', ''].join('\n')), []);
  });
});
