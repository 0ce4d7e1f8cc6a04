// Every message of the walkthrough command and of the host-profile settings has its Simplified
// Chinese text in l10n/bundle.l10n.zh-cn.json (vscode.l10n.t looks messages up by their English).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const FILES = ['src/vscode/walkthrough/runStep.ts', 'src/vscode/settings/hostProfile.ts'];

/** The string literals passed first to vscode.l10n.t, unescaped. */
function messagesIn(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/vscode\.l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    found.push(m[2]!.replace(/\\(.)/g, '$1'));
  }
  return found;
}

describe('zh-cn bundle for the walkthrough and settings messages', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
    string,
    string
  >;
  for (const file of FILES) {
    it(file, () => {
      const messages = messagesIn(readFileSync(join(ROOT, file), 'utf8'));
      assert.ok(messages.length > 0, `no vscode.l10n.t messages found in ${file}`);
      assert.deepEqual(
        messages.filter((m) => !(m in bundle)),
        [],
      );
      for (const m of messages) {
        const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((p) => p[0]).sort();
        assert.deepEqual(placeholders(bundle[m]!), placeholders(m), `placeholders of "${m}"`);
      }
    });
  }
});
