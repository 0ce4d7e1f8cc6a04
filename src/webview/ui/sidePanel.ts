// The panel beside the drawing: the selected box's details with a container's actions, the
// traced path hop by hop, and the legend. HTML built with textContent only.
import type { DiagramNode, TraceView } from '../../viewModels/diagram/graph';
import type { ContainerAction } from '../../protocol/diagramMessages';
import { t } from '../texts';

const ACTIONS: [ContainerAction, string][] = [
  ['start', 'Start'],
  ['stop', 'Stop'],
  ['remove', 'Remove'],
  ['exec', 'Exec'],
  ['inspect', 'Inspect'],
  ['terminal', 'Terminal'],
];

/** What the legend explains: a kind's box colour (the same variable the drawing uses). */
const LEGEND: [string, string, string][] = [
  ['host', 'The host namespace', '--vscode-charts-blue'],
  ['namespace', 'A network namespace', '--vscode-charts-purple'],
  ['container', 'A container (thick: owns its namespace)', '--vscode-charts-green'],
  ['network', 'A network and its bridge', '--vscode-charts-orange'],
  ['interface', 'An interface', '--vscode-charts-blue'],
  ['port', 'A published port or a listening socket', '--vscode-charts-yellow'],
  ['trace', 'A traced path, or where it stops', '--vscode-charts-red'],
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

export class SidePanel {
  readonly root = el('aside');
  private readonly details = el('section');
  private readonly trace = el('section');
  private readonly legend = el('section');

  constructor(private readonly act: (action: ContainerAction, id: string) => void) {
    this.root.className = 'netlab-side';
    this.details.setAttribute('aria-live', 'polite');
    this.trace.setAttribute('aria-live', 'polite');
    this.legend.className = 'netlab-legend';
    this.root.append(this.details, this.trace, this.legend);
    this.showDetails(undefined);
    this.drawLegend();
  }

  showDetails(node: DiagramNode | undefined): void {
    this.details.replaceChildren();
    if (!node) {
      this.details.append(el('p', t('details.none', 'Click a box to see its details.')));
      return;
    }
    const title = el('h2', node.label);
    const lines = el('ul');
    for (const line of node.details) lines.append(el('li', line));
    this.details.append(title, el('p', node.aria), lines);
    if (node.kind !== 'container') return;
    const actions = el('div');
    actions.className = 'netlab-actions';
    actions.setAttribute('role', 'toolbar');
    actions.setAttribute('aria-label', t('actions.label', 'Container actions'));
    for (const [action, english] of ACTIONS) {
      const button = el('button', t(`action.${action}`, english));
      button.type = 'button';
      button.dataset.action = action;
      button.addEventListener('click', () => this.act(action, node.id));
      actions.append(button);
    }
    this.details.append(actions);
  }

  showTrace(trace: TraceView | undefined): void {
    this.trace.replaceChildren();
    if (!trace) return;
    this.trace.append(el('h2', t('trace.title', 'Traced path')));
    this.trace.append(
      el('p', trace.reachable ? t('trace.reachable', 'Reachable') : t('trace.unreachable', 'Not reachable')),
    );
    const list = el('ol');
    for (const step of trace.steps) {
      const item = el('li', step.text);
      if (trace.stop?.step === step.n) {
        item.className = 'netlab-stop';
        item.append(el('div', trace.stop.reason));
      }
      list.append(item);
    }
    this.trace.append(list);
  }

  drawLegend(): void {
    this.legend.replaceChildren(el('h2', t('legend.title', 'Legend')));
    const list = el('ul');
    for (const [kind, english, colour] of LEGEND) {
      const swatch = el('span');
      swatch.className = 'netlab-swatch';
      swatch.style.borderColor = `var(${colour})`;
      const item = el('li');
      item.append(swatch, el('span', t(`legend.${kind}`, english)));
      list.append(item);
    }
    this.legend.append(list);
  }
}
