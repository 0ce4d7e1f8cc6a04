// The three top-level rows, always present and open by default.
import type { TreeContext } from './context';
import { type SectionName, type TreeRow, rowId } from './rows';

const ICONS: Readonly<Record<SectionName, string>> = {
  host: 'server',
  networks: 'type-hierarchy',
  containers: 'layers',
};

export function sectionRows(ctx: TreeContext): TreeRow[] {
  const { words, lab } = ctx;
  const row = (section: SectionName, label: string, description: string): TreeRow => ({
    id: rowId(`section/${section}`, 'expanded'),
    label,
    description,
    contextValue: `section.${section}`,
    icon: { id: ICONS[section] },
    expansion: 'expanded',
    node: { kind: 'section', section },
  });
  return [
    row('host', words.host, lab.hostProfile.hostname),
    row('networks', words.networks, String(lab.networks.size)),
    row('containers', words.containers, String(lab.containers.size)),
  ];
}
