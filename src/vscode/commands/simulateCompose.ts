// Network Lab: Simulate in Network Lab — brings a compose file's project up in the lab as
// `docker compose -f FILE up -d` would (project name from the file's folder or its `name:`),
// replacing what an earlier simulation of that project left, and shows it in the tree.
// Called with a file's Uri (CodeLens, explorer, editor title), a path or { file }, or nothing
// (the active editor's file). Resolves to { project, exitCode, stdout, stderr, containers }.
import * as vscode from 'vscode';
import { LABEL_PROJECT } from '../../compose/plan';
import { simulateComposeIn } from '../../language/compose/composeSimulation';
import type { LabStore } from '../state/labStore';
import { composePath } from '../language/composeDocuments';
import { appendOutput } from './labOutput';
import { notifyError } from '../notify';

export interface SimulatedProject {
  project: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Names of the project's containers in the lab afterwards. */
  containers: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg !== '') return vscode.Uri.file(arg);
  if (isRecord(arg) && typeof arg.file === 'string' && arg.file !== '') return vscode.Uri.file(arg.file);
  return vscode.window.activeTextEditor?.document.uri;
}

export async function simulateCompose(
  store: LabStore,
  reveal: (containerId: string) => Promise<void>,
  arg?: unknown,
): Promise<SimulatedProject | undefined> {
  const uri = targetUri(arg);
  if (!uri) {
    void notifyError(vscode.l10n.t('Open a compose file to simulate it in the Network Lab.'));
    return undefined;
  }
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    void notifyError(vscode.l10n.t('Cannot read {0}.', uri.fsPath || uri.toString()));
    return undefined;
  }
  const path = composePath(document);
  await store.whenFilesReady();
  // The text as the editor holds it, saved or not: what the user sees is what is simulated.
  const session = store.openSession(new Map([[path, document.getText()]]));
  const run = simulateComposeIn(session, path);
  // In the order up created them: the lab's containers keep insertion order.
  const containers = [...store.current.containers.values()].filter(
    (c) => run.project !== '' && c.labels?.[LABEL_PROJECT] === run.project,
  );
  for (const step of run.steps) {
    appendOutput(`$ ${step.command}\n${step.output.stdout}${step.output.stderr}`, false);
  }
  const last = run.steps[run.steps.length - 1]?.output;
  const result: SimulatedProject = {
    project: run.project,
    exitCode: last?.exitCode ?? 1,
    stdout: last?.stdout ?? '',
    stderr: last?.stderr ?? '',
    containers: containers.map((c) => c.name),
  };
  if (result.exitCode !== 0) {
    const reason = result.stderr.trim().split('\n').pop() ?? '';
    void notifyError(vscode.l10n.t('Simulating {0} failed: {1}', vscode.workspace.asRelativePath(uri), reason));
    appendOutput('', true);
  }
  const first = containers[0];
  // The tree's selection is a convenience: a row it cannot reveal is no failure of the simulation.
  if (first) await reveal(first.id).catch(() => undefined);
  return result;
}
