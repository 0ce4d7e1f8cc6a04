// The browser's entry (src/vscode/activateWeb.ts) registers stand-ins before the lab's code is loaded:
// one per command package.json contributes, and one per row of registrationKeys.ts's provider
// table. A command or provider the lab registers under no stand-in would be missing until the lab
// loads (a walkthrough button or a hover would do nothing): these tests keep the lists together.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_PROVIDERS } from '../../src/vscode/registrationKeys';

const SRC = join(__dirname, '..', '..', '..', 'src', 'vscode');
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }> };
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}
const labSources = sources(SRC).filter((f) => !f.includes(`${join('vscode', 'deferred')}`));

describe("the browser entry's stand-ins cover what the lab registers", () => {
  it('every command the lab registers is contributed in package.json', () => {
    const contributed = new Set(pkg.contributes.commands.map((c) => c.command));
    const registered = labSources.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]!),
    );
    assert.ok(registered.length >= 30, `found ${registered.length} registrations`);
    assert.deepEqual(
      registered.filter((id) => !contributed.has(id)),
      [],
    );
  });

  it('the lab registers one language provider per row of the table, each with a selector from registrationKeys.ts', () => {
    const kinds: Record<string, string> = {
      Hover: 'hover',
      CompletionItem: 'completion',
      CodeLens: 'codeLens',
      CodeActions: 'codeActions',
    };
    const calls = labSources.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const found = [...text.matchAll(/languages\.register(Hover|CompletionItem|CodeLens|CodeActions)Provider\(/g)];
      if (found.length > 0)
        assert.match(text, /from '\.\.\/registrationKeys'/, `${f} takes its selectors from registrationKeys.ts`);
      return found.map((m) => kinds[m[1]!]!);
    });
    const table = LANGUAGE_PROVIDERS.map((row) => row.kind);
    assert.deepEqual([...calls].sort(), [...table].sort());
  });
});
