// Dockerfile network hovers and diagnostics: RUN --network values and EXPOSE, in both languages,
// and BuildKit's words for a mode it does not know.
import * as assert from 'node:assert/strict';
import {
  dockerfileCompletions,
  dockerfileDiagnostics,
  dockerfileHover,
} from '../../src/language/dockerfile/dockerfileNetwork';

const FILE = [
  'FROM busybox',
  'EXPOSE 8080',
  'RUN --network=none ip link show lo',
  'RUN --network=host ifconfig',
  'RUN --network=bridge wget example.com',
  'RUN echo no flag',
].join('\n');

describe('Dockerfile network hovers', () => {
  it('explains RUN --network=none and =host on the flag, with the entitlement errors for host', () => {
    const none = dockerfileHover(FILE, { line: 2, character: 8 }, 'en')!;
    assert.match(none.markdown, /`none`: the command runs with no network access/);
    assert.deepEqual(none.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
    const host = dockerfileHover(FILE, { line: 3, character: 16 }, 'en')!;
    assert.match(host.markdown, /network\.host is not allowed/);
    assert.match(host.markdown, /granting entitlement network\.host is not allowed by build daemon configuration/);
    assert.equal(host.link, 'https://docs.docker.com/reference/dockerfile/#run---network');
  });

  it('explains EXPOSE as recording, not publishing', () => {
    assert.match(dockerfileHover(FILE, { line: 1, character: 2 }, 'en')!.markdown, /publishes nothing/);
  });

  it('answers in Simplified Chinese, and nothing away from network settings', () => {
    assert.match(dockerfileHover(FILE, { line: 2, character: 8 }, 'zh-cn')!.markdown, /没有网络/);
    assert.equal(dockerfileHover(FILE, { line: 5, character: 6 }, 'en'), undefined);
    assert.equal(dockerfileHover(FILE, { line: 0, character: 2 }, 'en'), undefined);
  });
});

describe('Dockerfile network diagnostics', () => {
  it('reports a mode BuildKit does not know in its words, on the value', () => {
    assert.deepEqual(dockerfileDiagnostics(FILE), [
      {
        range: { start: { line: 4, character: 14 }, end: { line: 4, character: 20 } },
        severity: 'error',
        message: 'invalid network mode "bridge"',
      },
    ]);
  });

  it('does not throw on an empty or broken file', () => {
    for (const text of ['', 'RUN --network', 'RUN --network=', '\\\n\\', 'FROM\n\tRUN --network=host']) {
      assert.doesNotThrow(() => dockerfileDiagnostics(text));
      assert.doesNotThrow(() => dockerfileHover(text, { line: 0, character: 5 }, 'en'));
    }
  });
});

describe('Dockerfile network completions', () => {
  it('offers default, none and host after RUN --network=, replacing what is typed', () => {
    const text = 'FROM busybox\nRUN --network=ho';
    const items = dockerfileCompletions(text, { line: 1, character: 16 }, 'en');
    assert.deepEqual(
      items.map((i) => i.label),
      ['default', 'none', 'host'],
    );
    assert.deepEqual(items[0]!.range, { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } });
    assert.equal(
      items[1]!.detail,
      'the command runs with no network access: `lo` is still there, isolated to this step.',
    );
    assert.match(dockerfileCompletions(text, { line: 1, character: 16 }, 'zh-cn')[1]!.detail, /没有网络/);
  });

  it('offers nothing elsewhere', () => {
    assert.deepEqual(dockerfileCompletions('FROM busybox\nRUN echo --network=', { line: 0, character: 4 }, 'en'), []);
    assert.deepEqual(dockerfileCompletions('FROM busybox\nCOPY --network=', { line: 1, character: 15 }, 'en'), []);
    assert.deepEqual(dockerfileCompletions('FROM busybox\nRUN --mount=', { line: 1, character: 12 }, 'en'), []);
  });
});
