// Simplified Chinese is complete and has nothing stale: every string the extension shows through
// vscode.l10n.t has a translation in l10n/bundle.l10n.zh-cn.json and every translation there is
// used; package.nls.zh-cn.json has exactly package.nls.json's keys, and package.json names only keys
// that exist. The strings are found with the TypeScript parser, not a regular expression.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesBelow } from '../../tools/l10n/messages';
import { paths } from '../e2e/runner/project';

const root = paths.root;
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('Simplified Chinese', () => {
  it('translates every vscode.l10n.t message, and no message that is gone', () => {
    const { messages: used, problems } = messagesBelow(join(root, 'src'));
    assert.deepEqual(problems, []);
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    const missing = [...used].filter((m) => typeof bundle[m] !== 'string' || bundle[m] === '');
    const stale = Object.keys(bundle).filter((m) => !used.has(m));
    assert.deepEqual(missing, [], 'messages without a translation');
    assert.deepEqual(stale, [], 'translations no source uses');
  });

  it('keeps the placeholders of each message in its translation', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const [en, zh] of Object.entries(bundle)) assert.deepEqual(placeholders(zh), placeholders(en), en);
  });

  it('has package.nls.zh-cn.json for exactly the keys of package.nls.json, and package.json uses only those', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) assert.ok(typeof text === 'string' && text !== '', key);
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const referenced = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.deepEqual(
      [...referenced].filter((k) => !(k in en)),
      [],
      'keys package.json names but nls lacks',
    );
    assert.deepEqual(
      Object.keys(en).filter((k) => !referenced.has(k)),
      [],
      'nls keys package.json never uses',
    );
  });
});
