// `npm run bench`: each line prints one figure. Run throughput is measured through the whole
// command path (parse, create, start), as a user's `docker run` line would go.
import { performance } from 'node:perf_hooks';
import { Lab } from '../src/core/lab/lab';
import { resolveName } from '../src/core/kernel/dns';
import { parseIPv4 } from '../src/core/net/ipv4';
import { reach } from '../src/core/kernel/reach';
import { loadLab, saveLab } from '../src/core/lab/serialize';
import { savedLabPieces } from '../src/core/lab/savedLabText';
import { Session } from '../src/commandLine/session';
import { simulateFigures } from './composeSimulation';
import { composeLanguageBench } from './composeLanguage';
import { diagramRenderBench } from './diagramRender';
import { webExtensionBench } from './webExtension';

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

/** Average time of one call, over enough calls to be measurable. */
function perCallUs(calls: number, action: (i: number) => void): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) action(i);
  return ((performance.now() - start) * 1000) / calls;
}

/** 10,000 named containers on one user-defined network, where DNS and reachability matter. */
function namedLab(): Session {
  const session = new Session(new Lab({ seed: 2 }));
  session.execute('docker network create app');
  for (let i = 0; i < 10_000; i++) session.execute(`docker run -d --name c${i} --network app busybox top`);
  return session;
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

  const named = namedLab().lab;
  const asker = named.containerByName('c0')!;
  const dnsUs = perCallUs(2_000, (i) => {
    if (!resolveName(named, asker, `c${(i * 7919) % 10_000}`)) throw new Error('lookup failed');
  });
  console.log(`DNS lookup at 10,000 containers: ${dnsUs.toFixed(1)} µs`);
  const target = parseIPv4('172.18.39.16')!;
  const reachUs = perCallUs(2_000, () => {
    if (!reach(named, asker.netnsId!, target, { port: 80, proto: 'tcp' }).failure)
      throw new Error('expected a refusal');
  });
  console.log(`reachability query at 10,000 containers: ${reachUs.toFixed(1)} µs`);

  const big = labWith(10_000).lab;
  let json = '';
  const saveMs = timeMs(() => {
    json = JSON.stringify(saveLab(big));
  });
  console.log(
    `save of a 10,000-container lab: ${saveMs.toFixed(0)} ms (${(json.length / 1024 / 1024).toFixed(1)} MiB)`,
  );
  const loadMs = timeMs(() => {
    loadLab(JSON.parse(json) as unknown);
  });
  console.log(`load of a 10,000-container lab: ${loadMs.toFixed(0)} ms`);

  // The extension saves in slices of pieces between other work: the longest piece is the longest
  // the extension host is kept from a keystroke by a save (the slice budget adds at most one piece).
  let longest = 0;
  let pieces = 0;
  const slicedMs = timeMs(() => {
    let before = performance.now();
    for (const piece of savedLabPieces(big)) {
      void piece;
      const now = performance.now();
      longest = Math.max(longest, now - before);
      before = now;
      pieces++;
    }
  });
  console.log(
    `sliced save of a 10,000-container lab: longest piece ${longest.toFixed(1)} ms of ${slicedMs.toFixed(0)} ms in ${pieces} pieces (budget 16 ms)`,
  );

  for (const { services, ms } of simulateFigures())
    console.log(`simulate a compose file of ${services.toLocaleString('en-US')} services: ${ms.toFixed(0)} ms`);
}

main();
composeLanguageBench();
// The browser build last: it builds a production bundle and starts code-server.
diagramRenderBench()
  .then(webExtensionBench)
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
