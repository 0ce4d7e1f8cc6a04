// `npm run bench`: each line prints one figure. Run throughput is measured through the whole
// command path (parse, create, start), as a user's `docker run` line would go.
import { performance } from 'node:perf_hooks';
import { Lab } from '../src/core/lab';
import { loadLab, saveLab } from '../src/core/serialize';
import { Session } from '../src/core/session';

function labWith(containers: number): Session {
  const session = new Session(new Lab({ seed: 1 }));
  for (let i = 0; i < containers; i++) session.execute('docker run -d busybox top');
  return session;
}

/** Runs per second for `runs` more containers on a lab that already has `existing`. */
function runThroughput(existing: number, runs: number): number {
  const session = labWith(existing);
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const r = session.execute('docker run -d busybox top');
    if (r.output.exitCode !== 0) throw new Error(r.output.stderr);
  }
  return runs / ((performance.now() - start) / 1000);
}

function timeMs(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

function main(): void {
  runThroughput(2_000, 2_000); // warm the JIT so the first figure is not a cold start
  const rates = new Map<number, number>();
  for (const existing of [100, 1_000, 10_000]) {
    const rate = runThroughput(existing, 2_000);
    rates.set(existing, rate);
    console.log(`docker run at ${existing} containers: ${Math.round(rate)} runs/s`);
  }
  const growth = rates.get(1_000)! / rates.get(10_000)!;
  console.log(`cost per run growth 1,000 -> 10,000 containers: ${growth.toFixed(2)}x (limit 2x)`);

  const big = labWith(10_000).lab;
  let json = '';
  const saveMs = timeMs(() => { json = JSON.stringify(saveLab(big)); });
  console.log(`save of a 10,000-container lab: ${saveMs.toFixed(0)} ms (${(json.length / 1024 / 1024).toFixed(1)} MiB)`);
  const loadMs = timeMs(() => { loadLab(JSON.parse(json) as unknown); });
  console.log(`load of a 10,000-container lab: ${loadMs.toFixed(0)} ms`);
}

main();
