// The knowledge texts, without VS Code (the tree model is tested in labTree.test.ts).
import * as assert from 'node:assert/strict';
import { NETWORK_MODE_SUMMARY } from '../../src/knowledge/networkModes';
import { localeOf, pick } from '../../src/knowledge/localized';
import * as composeKeys from '../../src/knowledge/composeKeys';
import * as composeValues from '../../src/knowledge/composeValues';
import * as composeNotes from '../../src/knowledge/composeSimulationNotes';
import * as dockerFlags from '../../src/knowledge/dockerFlags';
import * as dockerfile from '../../src/knowledge/dockerfileNetwork';

/** Every string inside a table, with where it is. */
function strings(value: unknown, at: string): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
}

/** The code spans of a Markdown text close: a run of backticks opens a span that the same run closes. */
function codeSpansClose(text: string): boolean {
  const runs = text.match(/`+/g) ?? [];
  const open: number[] = [];
  for (const run of runs) {
    if (open.length === 0) open.push(run.length);
    else if (open[0] === run.length) open.pop();
  }
  return open.length === 0 && !text.includes('\\`');
}

describe('knowledge texts', () => {
  it('has every mode in English and Simplified Chinese', () => {
    for (const [mode, text] of Object.entries(NETWORK_MODE_SUMMARY)) {
      assert.ok(text.en.length > 0, `${mode} en`);
      assert.ok(/[\u4e00-\u9fff]/.test(text['zh-cn']), `${mode} zh-cn`);
    }
  });

  it('writes hover Markdown whose code spans close (a quoted message with backticks uses a longer fence)', () => {
    const tables = { composeKeys, composeValues, composeNotes, dockerFlags, dockerfile };
    const broken = strings(tables, 'knowledge').filter(([, text]) => !codeSpansClose(text));
    assert.deepEqual(broken, []);
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
