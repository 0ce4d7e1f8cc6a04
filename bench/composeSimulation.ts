// `npm run bench` figures for "simulate this file": a generated compose file of N services
// brought up alone in a fresh lab (simulateCompose: load, plan, `up -d`, facts).
import { performance } from 'node:perf_hooks';
import { simulateCompose } from '../src/language/compose/composeSimulation';

/**
 * N services over two networks: nginx servers publishing their own host port, busybox shells
 * kept up by a TTY that depend on the previous service, and every tenth joining its
 * neighbour's namespace.
 */
export function generatedComposeFile(services: number): string {
  const lines = ['services:'];
  for (let i = 0; i < services; i++) {
    lines.push(`  s${i}:`);
    if (i % 10 === 9) {
      lines.push('    image: busybox', '    tty: true', `    network_mode: "service:s${i - 1}"`);
      continue;
    }
    if (i % 2 === 0) {
      lines.push('    image: nginx', '    ports:', `      - "${10_000 + i}:80"`, '    networks: [front, back]');
    } else {
      lines.push('    image: busybox', '    tty: true', '    networks:', '      back:', `        aliases: [b${i}]`);
      lines.push('    depends_on:', `      - s${i - 1}`);
    }
  }
  lines.push('networks:', '  front: {}', '  back:', '    ipam:', '      config:', '        - subnet: 10.20.0.0/16');
  return `${lines.join('\n')}\n`;
}

/** Milliseconds to simulate a generated file of each size (after one warm-up run). */
export function simulateFigures(
  sizes: readonly number[] = [100, 1_000, 5_000],
): Array<{ services: number; ms: number }> {
  simulateCompose('/bench/demo/compose.yaml', generatedComposeFile(200));
  return sizes.map((services) => {
    const text = generatedComposeFile(services);
    const start = performance.now();
    const facts = simulateCompose('/bench/demo/compose.yaml', text);
    const ms = performance.now() - start;
    if (facts.failure) throw new Error(`simulation of ${services} services failed: ${facts.failure.message}`);
    return { services, ms };
  });
}
