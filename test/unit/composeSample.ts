// Generated compose files for the compose language tests and `npm run bench`: services with every
// network key the hovers explain, and top-level networks with ipam.

/** One service's lines (indented under `services:`), named svc<i>, on net<i % networks>. */
export function sampleService(i: number, networks: number): string {
  const net = `net${i % networks}`;
  const third = Math.floor(i / 250) % 250;
  return [
    `  svc${i}:`,
    `    image: nginx`,
    `    hostname: host${i}`,
    `    networks:`,
    `      ${net}:`,
    `        aliases: [alias${i}, "svc${i}.local"]`,
    `        ipv4_address: 10.${i % networks}.${third}.${(i % 250) + 2}`,
    `    ports:`,
    `      - "127.0.0.1:${10000 + (i % 50000)}:80"`,
    `      - target: 443`,
    `        published: "${20000 + (i % 40000)}"`,
    `        protocol: tcp`,
    `    expose: ["9000"]`,
    `    dns: [1.1.1.1]`,
    `    extra_hosts: ["gateway.local:10.0.0.1"]`,
  ].join('\n');
}

/** A file of n services over a few networks (14 lines a service, about 70,000 lines at 5,000). */
export function sampleCompose(services: number, networks = 4): string {
  const lines = ['name: sample', 'services:'];
  for (let i = 0; i < services; i++) lines.push(sampleService(i, networks));
  lines.push('networks:');
  for (let n = 0; n < networks; n++) {
    lines.push(
      `  net${n}:`,
      `    driver: bridge`,
      `    ipam:`,
      `      driver: default`,
      `      config:`,
      `        - subnet: 10.${n}.0.0/16`,
      `          gateway: 10.${n}.0.1`,
    );
  }
  return lines.join('\n') + '\n';
}
