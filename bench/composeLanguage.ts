// `npm run bench`, compose language: hover latency on generated compose files of 100, 1,000 and
// 5,000 services: warm (p50/p95 over many hovers on one model), cold (the first hover on a fresh
// model), right after a one-character edit (model.edit, then the hover), and the time to read the
// whole file for diagnostics. Budgets (at 5,000 services): warm p95 2 ms, cold 75 ms, edit 10 ms.
import { performance } from 'node:perf_hooks';
import { loadComposeFile } from '../src/compose/load';
import { ComposeModel } from '../src/language/compose/composeModel';
import { composeHover } from '../src/language/compose/composeHover';
import { composeDiagnostics } from '../src/language/compose/composeDiagnostics';
import { sampleCompose } from '../test/unit/composeSample';

const BUDGET = { warmP95: 2, cold: 75, edit: 10 };

/** A diagnostics pass as the editor makes it (without the simulation, which files this large skip). */
export function diagnosticsPass(model: ComposeModel): void {
  if (model.problems().length === 0) composeDiagnostics(model.source());
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** Offsets of hoverable keys and values spread over the file. */
function hoverPoints(text: string, count: number): number[] {
  const needles = ['ipv4_address', 'aliases', '127.0.0.1:', 'hostname', 'dns', 'expose', 'extra_hosts', 'target'];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((text.length * i) / count);
    const at = text.indexOf(needles[i % needles.length]!, from);
    if (at >= 0) out.push(at + 1);
  }
  return out;
}

function hoverOrFail(model: ComposeModel, offset: number): void {
  if (!composeHover(model, model.positionAt(offset), 'en')) throw new Error(`no hover at ${offset}`);
}

function benchSize(services: number): void {
  const text = sampleCompose(services);
  const lines = text.split('\n').length;
  const points = hoverPoints(text, 200);

  const colds: number[] = [];
  for (let i = 0; i < 5; i++) {
    const offset = points[(i * 37) % points.length]!;
    colds.push(time(() => hoverOrFail(ComposeModel.from('compose.yaml', text), offset)));
  }

  const model = ComposeModel.from('compose.yaml', text);
  for (const p of points) hoverOrFail(model, p);
  const warm: number[] = [];
  for (let round = 0; round < 10; round++) for (const p of points) warm.push(time(() => hoverOrFail(model, p)));

  const edits: number[] = [];
  let current = model;
  for (let i = 0; i < 20; i++) {
    const at = current.text.indexOf('hostname: host', Math.floor((current.text.length * i) / 20)) + 'hostname: '.length;
    const next = current.text.slice(0, at) + 'x' + current.text.slice(at);
    edits.push(
      time(() => {
        current = current.edit([{ rangeOffset: at, rangeLength: 0, text: 'x' }], next);
        hoverOrFail(current, at);
      }),
    );
  }

  const fresh = ComposeModel.from('compose.yaml', text);
  const diagnostics = time(() => diagnosticsPass(fresh));
  const at = fresh.text.indexOf('hostname: host', Math.floor(fresh.text.length / 2)) + 'hostname: '.length;
  const edited = fresh.edit(
    [{ rangeOffset: at, rangeLength: 0, text: 'x' }],
    `${fresh.text.slice(0, at)}x${fresh.text.slice(at)}`,
  );
  const diagnosticsAfterEdit = time(() => diagnosticsPass(edited));
  const whole = time(() => loadComposeFile('compose.yaml', text));

  const label = `compose hover at ${services.toLocaleString('en')} services (${lines.toLocaleString('en')} lines)`;
  const budget = (limit: number) => (services === 5_000 ? ` (budget ${limit} ms)` : '');
  console.log(
    `${label}: warm p50 ${percentile(warm, 50).toFixed(2)} ms, p95 ${percentile(warm, 95).toFixed(2)} ms${budget(BUDGET.warmP95)}`,
  );
  console.log(
    `${label}: cold (fresh model) median ${percentile(colds, 50).toFixed(1)} ms, max ${Math.max(...colds).toFixed(1)} ms${budget(BUDGET.cold)}`,
  );
  console.log(
    `${label}: after a one-character edit p50 ${percentile(edits, 50).toFixed(2)} ms, max ${Math.max(...edits).toFixed(2)} ms${budget(BUDGET.edit)}`,
  );
  console.log(
    `${label}: diagnostics on opening ${diagnostics.toFixed(0)} ms (parsed in slices between ticks), after a one-character edit ${diagnosticsAfterEdit.toFixed(1)} ms; whole-file loadComposeFile ${whole.toFixed(0)} ms`,
  );
}

export function composeLanguageBench(): void {
  benchSize(100); // also warms the JIT for the larger files
  for (const services of [100, 1_000, 5_000]) benchSize(services);
}
