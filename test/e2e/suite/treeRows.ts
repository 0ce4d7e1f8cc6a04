// Reading the Network Lab tree as the workbench shows it: rows come in display order with their
// depth, so a row's children are the deeper rows that follow it.
import * as bridge from '../bridge';
import type { TreeRow } from '../bridge';

export const VIEW = 'netlab.containers';

/** The rows below rows[at], at any depth. */
export function below(rows: readonly TreeRow[], at: number): TreeRow[] {
  const depth = rows[at]!.depth;
  const end = rows.findIndex((r, i) => i > at && r.depth <= depth);
  return rows.slice(at + 1, end === -1 ? rows.length : end);
}

/** The rows directly under the first row labelled `label` within `rows` at `depth`. */
export function childrenOf(rows: readonly TreeRow[], label: string, depth: number): TreeRow[] | undefined {
  const at = rows.findIndex((r) => r.label === label && r.depth === depth);
  return at === -1 ? undefined : below(rows, at).filter((r) => r.depth === depth + 1);
}

/** Everything below a top-level section (Host, Networks, Containers), with its own depths kept. */
export function section(rows: readonly TreeRow[], label: string): TreeRow[] {
  const at = rows.findIndex((r) => r.label === label && r.depth === 1);
  return at === -1 ? [] : below(rows, at);
}

/** The Network Lab rows selected now, by label. */
export const selectedRows = (): Promise<string[]> =>
  bridge.texts('[id="workbench.view.extension.netlab"] .monaco-list-row.selected .label-name');
