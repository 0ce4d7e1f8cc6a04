// compose-go's ${VAR} interpolation: the syntax, the .env file, and the messages.
import * as assert from 'node:assert/strict';
import { parseDotEnv } from '../../src/compose/dotenv';
import { InterpolationError, interpolate } from '../../src/compose/interpolate';
import { composeDir, lastIn, replayIn } from './composeFixture';

const vars = new Map([
  ['TAG', '1.27'],
  ['EMPTY', ''],
]);
const lookup = (name: string) => vars.get(name);

describe('compose interpolation', () => {
  const CASES: Array<[string, string]> = [
    ['nginx:${TAG}', 'nginx:1.27'],
    ['nginx:$TAG', 'nginx:1.27'],
    ['${MISSING:-8080}:80', '8080:80'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${MISSING-fallback}', 'fallback'],
    ['${TAG:+set}', 'set'],
    ['${EMPTY:+set}', ''],
    ['${EMPTY+set}', 'set'],
    ['$$HOME', '$HOME'],
    ['${MISSING:-${TAG}}', '1.27'],
    ['cost: 5$', 'cost: 5$'],
  ];
  for (const [template, expected] of CASES) {
    it(`${template} → ${JSON.stringify(expected)}`, () => assert.equal(interpolate(template, lookup).value, expected));
  }

  it('reports variables used without a value', () => {
    assert.deepEqual(interpolate('${A}-$B-${C:-x}', lookup).unset, ['A', 'B']);
  });

  it("fails on required variables and broken templates with compose-go's words", () => {
    assert.throws(
      () => interpolate('${MISSING:?set MISSING first}', lookup),
      (e: Error) =>
        e instanceof InterpolationError &&
        e.message === 'required variable MISSING is missing a value: set MISSING first',
    );
    assert.throws(() => interpolate('${EMPTY:?}', lookup), /required variable EMPTY is missing a value/);
    assert.throws(() => interpolate('${TAG', lookup), /Invalid template: "\$\{TAG"/);
  });

  it('reads .env files', () => {
    const env = parseDotEnv('# comment\nTAG=1.27\nexport PORT=8080\nQUOTED="a b"\nSINGLE=\'c d\'\nTRAILING=x # note\n');
    assert.deepEqual(
      [...env],
      [
        ['TAG', '1.27'],
        ['PORT', '8080'],
        ['QUOTED', 'a b'],
        ['SINGLE', 'c d'],
        ['TRAILING', 'x'],
      ],
    );
  });

  it('docker compose up uses the project .env and warns about unset variables', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  web:\n    image: nginx:${TAG:-latest}\n    ports:\n      - "${PORT}:80"\n    hostname: ${NAME}\n',
      '.env': 'PORT=8088\n',
    });
    const { steps, lab } = replayIn(dir, ['docker compose up -d', 'docker port demo-web-1']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.ok(
      steps[0]!.stderr.includes('The \\"NAME\\" variable is not set. Defaulting to a blank string.'),
      steps[0]!.stderr,
    );
    assert.equal(lab.containerByName('demo-web-1')!.image, 'nginx:latest');
    assert.ok(steps[1]!.stdout.includes('80/tcp -> 0.0.0.0:8088'), steps[1]!.stdout);
  });

  it('a required variable stops the load with the interpolation path', () => {
    const dir = composeDir({ 'compose.yaml': 'services:\n  web:\n    image: ${IMAGE:?pick an image}\n' });
    const step = lastIn(dir, ['docker compose config']);
    assert.notEqual(step.exitCode, 0);
    assert.ok(
      step.stderr.includes(
        'error while interpolating services.web.image: required variable IMAGE is missing a value: pick an image',
      ),
      step.stderr,
    );
  });
});
