// The layers of src/ import downward only: eslint's per-folder rules reject each fixture under
// test/lint/fixtures/src/<layer>/ that reaches up (or into vscode, or node:fs), and accept the others.
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
};

describe('layer boundaries (eslint no-restricted-imports)', function () {
  this.timeout(120_000);

  it('rejects every import up the layers and accepts the rest', async () => {
    // ignore: false lints the fixtures, which the project's own lint run skips.
    const eslint = new ESLint({ cwd: root, ignore: false });
    const results = await eslint.lintFiles(Object.keys(EXPECTED).map((f) => join(root, FIXTURES, f)));
    for (const r of results) {
      const file = r.filePath.slice(join(root, FIXTURES).length + 1);
      const layerErrors = r.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
      const other = r.messages.filter((m) => m.ruleId !== '@typescript-eslint/no-restricted-imports');
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
