// The tree model and the knowledge texts, without VS Code: which node goes where, its label,
// description, tooltip and contextValue.
import * as assert from 'node:assert/strict';
import { NETWORK_MODE_SUMMARY } from '../../src/knowledge/networkModes';
import { localeOf, pick } from '../../src/knowledge/localized';
import { containerTree } from '../../src/viewModels/containerTree';
import { replay } from './transcript';

describe('the containers tree model', () => {
  it('places each mode, nests a container: joiner under its owner, and describes each row', () => {
    const { lab } = replay([
      'docker run -d --name web nginx',
      'docker run -d --name sidecar --network container:web busybox top',
      'docker run -d --name hostnet --network host busybox top',
      'docker run -d --name isolated --network none busybox top',
      'docker network create app',
      'docker run -d --name api --network app busybox top',
      'docker create --name later busybox',
    ]);
    const roots = containerTree(lab);
    const row = (label: string) => roots.find((n) => n.label === label)!;
    assert.deepEqual(
      roots.map((n) => n.label),
      ['web', 'hostnet', 'isolated', 'api', 'later'],
    );
    assert.equal(row('web').description, 'bridge · 172.17.0.2');
    assert.deepEqual(
      row('web').children.map((n) => [n.label, n.description]),
      [['sidecar', 'container:web']],
    );
    assert.ok(row('web').id.endsWith('/joined'), 'an owner with joiners gets a new id, so it opens expanded');
    assert.equal(row('hostnet').description, 'host');
    assert.equal(row('isolated').description, 'none');
    assert.equal(row('api').description, 'app · app 172.18.0.2');
    assert.equal(row('later').description, 'bridge · created');
    assert.equal(row('later').contextValue, 'container.created');
    assert.equal(row('later').icon, 'vm-outline');
    assert.equal(row('web').contextValue, 'container.running');
    assert.equal(row('web').icon, 'vm-running');
    assert.match(
      row('web').children[0]!.tooltip,
      /^sidecar \([0-9a-f]{12}\)\nimage: busybox\nnetwork mode: container:web\nstate: running$/,
    );
  });

  it('lifts a joiner whose owner was removed to the top, naming the owner by short ID', () => {
    const { lab } = replay([
      'docker run -d --name web nginx',
      'docker run -d --name sidecar --network container:web busybox top',
      'docker rm -f web',
    ]);
    const roots = containerTree(lab);
    assert.equal(roots.length, 1);
    assert.match(roots[0]!.description, /^container:[0-9a-f]{12}$/);
  });

  it('shows stopped host and none containers with their state', () => {
    const { lab } = replay(['docker run -d --name hh --network host busybox top', 'docker stop hh']);
    assert.equal(containerTree(lab)[0]!.description, 'host · exited');
    assert.equal(containerTree(lab)[0]!.contextValue, 'container.exited');
  });
});

describe('knowledge texts', () => {
  it('has every mode in English and Simplified Chinese', () => {
    for (const [mode, text] of Object.entries(NETWORK_MODE_SUMMARY)) {
      assert.ok(text.en.length > 0, `${mode} en`);
      assert.ok(/[\u4e00-\u9fff]/.test(text['zh-cn']), `${mode} zh-cn`);
    }
  });

  it('reads the display language: zh-cn and its spellings give Chinese, others English', () => {
    assert.equal(localeOf('zh-cn'), 'zh-cn');
    assert.equal(localeOf('zh-CN'), 'zh-cn');
    assert.equal(localeOf('zh-hans'), 'zh-cn');
    assert.equal(localeOf('zh-tw'), 'en');
    assert.equal(localeOf('en'), 'en');
    assert.equal(localeOf('de'), 'en');
    assert.equal(pick(NETWORK_MODE_SUMMARY.none, 'en'), 'Own network namespace with only the loopback interface lo');
  });
});
