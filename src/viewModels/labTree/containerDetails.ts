// What a container row holds besides its joiners: the interfaces of the namespace its processes
// are in (a joiner's are its owner's), its ports, its names on Docker's DNS, and its /etc files.
import { isUserDefined } from '../../core/daemon/networkMode';
import { dnsNames } from '../../core/lab/labIndex';
import type { Container } from '../../core/lab/model';
import { ETC_FILES, etcFilePath } from '../labDocuments';
import type { TreeContext } from './context';
import { containerInterfaceRows } from './interfaces';
import { containerPortRows } from './ports';
import { type TreeRow, rowId } from './rows';

const leaf = (
  id: string,
  label: string,
  description: string,
  icon: string,
  node: TreeRow['node'],
  contextValue: string,
): TreeRow => ({
  id: rowId(id, 'none'),
  label,
  description,
  contextValue,
  icon: { id: icon },
  expansion: 'none',
  node,
});

/** Networks whose embedded DNS knows the container by name (moby: user-defined networks only). */
export function dnsNetworks(ctx: TreeContext, c: Container): string[] {
  return Object.entries(c.endpoints)
    .filter(([name, ep]) => {
      const driver = ctx.lab.networks.get(ep.networkId)?.driver;
      return ep.ip !== null && isUserDefined(name) && driver !== 'host' && driver !== 'null';
    })
    .map(([name]) => name);
}

function dnsRows(ctx: TreeContext, c: Container, base: string): TreeRow[] {
  const { words } = ctx;
  const networks = dnsNetworks(ctx, c);
  if (networks.length === 0) {
    // Only a container on the default bridge alone: say why `ping <name>` fails there.
    const onBridge = Object.values(c.endpoints).some((ep) => ep.ip !== null);
    return onBridge
      ? [leaf(`${base}/dns`, words.dnsNames, words.noEmbeddedDns, 'globe', { kind: 'message' }, 'message')]
      : [];
  }
  return networks.map((net) =>
    leaf(
      `${base}/dns/${net}`,
      words.dnsOn(net),
      dnsNames(c, net).join(', '),
      'globe',
      { kind: 'dns', containerId: c.id, network: net },
      'dns',
    ),
  );
}

function fileRows(ctx: TreeContext, c: Container, base: string): TreeRow[] {
  return ETC_FILES.map((file) => {
    const label = `/etc/${file}`;
    return {
      ...leaf(
        `${base}/etc/${file}`,
        label,
        '',
        'file',
        { kind: 'etcFile', containerId: c.id, name: c.name, file },
        'etcFile',
      ),
      action: { kind: 'openDocument', title: ctx.words.openFile(label), path: etcFilePath(c.name, file) },
    };
  });
}

export function containerDetailRows(ctx: TreeContext, c: Container, base: string): TreeRow[] {
  const live =
    c.state === 'running' && c.netnsId !== null
      ? [
          ...containerInterfaceRows(ctx, c.netnsId, c.id, base),
          ...containerPortRows(ctx, c, base),
          ...dnsRows(ctx, c, base),
        ]
      : [
          leaf(
            `${base}/stopped`,
            ctx.words.notRunning,
            ctx.words.notRunningDetail,
            'info',
            { kind: 'message' },
            'message',
          ),
        ];
  return [...live, ...fileRows(ctx, c, base)];
}
