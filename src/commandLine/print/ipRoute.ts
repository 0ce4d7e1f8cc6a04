// busybox `ip route` lines (networking/libiproute/iproute.c print_route): destination (or
// `default`), `via`, `dev`, `scope link ` for link routes, ` src ADDR ` and ` metric N `, each
// word followed by a space as print_route writes them.
import { formatIPv4 } from '../../core/net/ipv4';
import type { Route4, Route6 } from '../shell/routes';

export function ipRoute4(routes: readonly Route4[]): string[] {
  return routes.map((r) => {
    if (r.prefix === 0) return `default via ${formatIPv4(r.gateway!)} dev ${r.dev} \n`;
    const src = r.src === null ? '' : ` src ${formatIPv4(r.src)} `;
    return `${formatIPv4(r.dest)}/${r.prefix} dev ${r.dev} scope link ${src}\n`;
  });
}

export function ipRoute6(routes: readonly Route6[]): string[] {
  return routes.map((r) => `${r.dest} ${r.gateway ? `via ${r.gateway} ` : ''}dev ${r.dev}  metric ${r.metric} \n`);
}
