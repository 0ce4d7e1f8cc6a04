// Every function the lab's Go templates implement (docker/cli templates/templates.go basicFunctions,
// and Go's text/template builtins, funcs.go), each with an input it changes: a function that
// returned its input (or its first argument) unchanged would fail its row.
import * as assert from 'node:assert/strict';
import type { JsonValue } from '../../src/commandLine/print/json';
import { TEMPLATE_FUNCTIONS, executeTemplate, parseTemplate } from '../../src/commandLine/print/goTemplate';
import { last } from './transcript';

interface Row {
  /** What it follows upstream. */
  source: string;
  template: string;
  dot: JsonValue;
  want: string;
}

const ROWS: Record<string, Row[]> = {
  json: [
    { source: 'docker/cli templates.go json (json.Marshal)', template: '{{json .}}', dot: 'web', want: '"web"' },
    { source: 'docker/cli templates.go json', template: '{{json .}}', dot: { a: [1, 'x'] }, want: '{"a":[1,"x"]}' },
  ],
  split: [
    { source: 'docker/cli templates.go split (strings.Split)', template: '{{split . ","}}', dot: 'a,b', want: '[a b]' },
  ],
  join: [
    {
      source: 'docker/cli templates.go join (strings.Join)',
      template: '{{join . ", "}}',
      dot: ['a', 'b'],
      want: 'a, b',
    },
  ],
  title: [
    {
      source: 'docker/cli templates.go title (cases.Title, NoLower)',
      template: '{{title .}}',
      dot: 'hello web-app',
      want: 'Hello Web-App',
    },
  ],
  lower: [
    { source: 'docker/cli templates.go lower (strings.ToLower)', template: '{{lower .}}', dot: 'WeB', want: 'web' },
  ],
  upper: [
    { source: 'docker/cli templates.go upper (strings.ToUpper)', template: '{{upper .}}', dot: 'web', want: 'WEB' },
  ],
  index: [
    {
      source: 'text/template funcs.go index (map)',
      template: '{{index . "k"}}',
      dot: { k: 'v', other: 'w' },
      want: 'v',
    },
    { source: 'text/template funcs.go index (slice)', template: '{{index . 1}}', dot: ['a', 'b'], want: 'b' },
  ],
  len: [
    { source: 'text/template funcs.go length (slice)', template: '{{len .}}', dot: ['a', 'b', 'c'], want: '3' },
    { source: 'text/template funcs.go length (map)', template: '{{len .}}', dot: { a: 1, b: 2 }, want: '2' },
    { source: 'text/template funcs.go length (string)', template: '{{len .}}', dot: 'abcd', want: '4' },
  ],
  print: [{ source: 'text/template funcs.go print (fmt.Sprint)', template: '{{print . "b"}}', dot: 'a', want: 'ab' }],
  println: [
    { source: 'text/template funcs.go println (fmt.Sprintln)', template: '{{println . "b"}}', dot: 'a', want: 'a b\n' },
  ],
  printf: [
    {
      source: 'text/template funcs.go printf (fmt.Sprintf %s %d %%)',
      template: '{{printf "%s=%d%%" . 5}}',
      dot: 'n',
      want: 'n=5%',
    },
    { source: 'text/template funcs.go printf (%q)', template: '{{printf "%q" .}}', dot: 'a b', want: '"a b"' },
  ],
  eq: [
    { source: 'text/template funcs.go eq', template: '{{eq . "x"}}', dot: 'x', want: 'true' },
    { source: 'text/template funcs.go eq', template: '{{eq . "x"}}', dot: 'y', want: 'false' },
    { source: 'text/template funcs.go eq (any of several)', template: '{{eq . "a" "b"}}', dot: 'b', want: 'true' },
  ],
  ne: [
    { source: 'text/template funcs.go ne', template: '{{ne . "x"}}', dot: 'y', want: 'true' },
    { source: 'text/template funcs.go ne', template: '{{ne . "x"}}', dot: 'x', want: 'false' },
  ],
  not: [
    { source: 'text/template funcs.go not (truth)', template: '{{not .}}', dot: '', want: 'true' },
    { source: 'text/template funcs.go not (truth)', template: '{{not .}}', dot: 'a', want: 'false' },
  ],
  and: [
    { source: 'text/template funcs.go and (last if all true)', template: '{{and . "b"}}', dot: 'a', want: 'b' },
    { source: 'text/template funcs.go and (first false)', template: '{{and . "b"}}', dot: '', want: '' },
  ],
  or: [
    { source: 'text/template funcs.go or (first true)', template: '{{or . "b"}}', dot: '', want: 'b' },
    { source: 'text/template funcs.go or (first true)', template: '{{or . "b"}}', dot: 'a', want: 'a' },
  ],
};

const run = (template: string, dot: JsonValue) => executeTemplate(template, parseTemplate(template), dot);

describe('Go template functions: each one changes its input', () => {
  it('the table has a row for every function the lab implements, and no other', () => {
    assert.deepEqual(Object.keys(ROWS).sort(), [...TEMPLATE_FUNCTIONS].sort());
  });

  for (const [fn, rows] of Object.entries(ROWS)) {
    for (const row of rows) {
      it(`${fn}: ${row.template} on ${JSON.stringify(row.dot)} (${row.source})`, () => {
        assert.equal(run(row.template, row.dot), row.want);
      });
    }
    it(`${fn}: some row tells it from a function that returns its input`, () => {
      // The bare value prints differently from at least one row's answer.
      assert.ok(rows.some((row) => run('{{.}}', row.dot) !== row.want));
    });
  }

  it('through docker inspect -f: upper, join and json on a real container', () => {
    const step = last([
      'docker run -d --name web busybox top',
      `docker inspect -f '{{upper .Name}} {{join .Args ","}} {{json .Config.Cmd}}' web`,
    ]);
    assert.equal(step.stderr, '');
    assert.equal(step.stdout, '/WEB  ["top"]\n');
  });
});
