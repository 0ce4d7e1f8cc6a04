// The knowledge texts, without VS Code (the tree model is tested in labTree.test.ts).
import * as assert from 'node:assert/strict';
import { NETWORK_MODE_SUMMARY } from '../../src/knowledge/networkModes';
import { localeOf, pick } from '../../src/knowledge/localized';

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
