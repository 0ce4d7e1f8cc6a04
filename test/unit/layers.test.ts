// The layers of src/ import downward only: eslint's per-folder rules reject each fixture under
// test/lint/fixtures/src/<layer>/ that reaches up (or into vscode, or node:fs), and accept the others.
// Outside src/node (and the CLI), Node's built-in modules and globals are refused as well: the
// extension also runs in the browser's web worker.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { paths } from '../e2e/runner/project';

const { root } = paths;

const FIXTURES = 'test/lint/fixtures/src';

/** Fixture → whether the layer rules must reject it. */
const EXPECTED: Record<string, boolean> = {
  'core/importsCommandLine.ts': true,
  'core/importsCore.ts': false,
  'compose/importsNodeFs.ts': true,
  'compose/importsCommandLine.ts': true,
  'knowledge/importsType.ts': false,
  'knowledge/importsValue.ts': true,
  'viewModels/importsVscode.ts': true,
  'commandLine/importsViewModels.ts': true,
  'protocol/importsGraphType.ts': false,
  'protocol/importsVscode.ts': true,
  'webview/importsGraphType.ts': false,
  'webview/importsViewModelValue.ts': true,
  'webview/importsCore.ts': true,
  'vscode/importsNodeCrypto.ts': true,
  'vscode/usesProcess.ts': true,
  'vscode/usesWebCrypto.ts': false,
  'language/importsPath.ts': true,
  'node/importsNodeFs.ts': false,
};

/** The rules that draw the boundaries: the layers, and Node only where Node runs. */
const BOUNDARY_RULES = new Set([
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-imports',
  'no-restricted-globals',
]);

describe('layer boundaries (eslint no-restricted-imports)', function () {
  this.timeout(120_000);

  it('rejects every import up the layers and accepts the rest', async () => {
    // ignore: false lints the fixtures, which the project's own lint run skips.
    const eslint = new ESLint({ cwd: root, ignore: false });
    const results = await eslint.lintFiles(Object.keys(EXPECTED).map((f) => join(root, FIXTURES, f)));
    for (const r of results) {
      const file = r.filePath.slice(join(root, FIXTURES).length + 1);
      const layerErrors = r.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId ?? ''));
      const other = r.messages.filter((m) => !BOUNDARY_RULES.has(m.ruleId ?? ''));
      assert.deepEqual(
        other.map((m) => m.message),
        [],
        `${file}: no other lint problems`,
      );
      assert.equal(
        layerErrors.length > 0,
        EXPECTED[file],
        `${file}: ${layerErrors.map((m) => m.message).join('; ') || 'no layer error'}`,
      );
    }
    assert.equal(results.length, Object.keys(EXPECTED).length);
  });
});
