// One parsed compose model per open document and version, shared by hovers, diagnostics,
// completions and CodeLens. Edits reach the model as VS Code's content changes, so only the
// edited service is parsed again; the simulation of the file is kept per version too.
import * as vscode from 'vscode';
import { ComposeModel } from '../../language/compose/composeModel';
import { simulateCompose } from '../../language/compose/composeSimulation';
import type { SimulationFacts } from '../../language/compose/simulationFacts';
import { labPathOfUri } from '../files/labPaths';

/**
 * Simulating costs about a millisecond per service. Diagnostics, which run once typing pauses,
 * simulate files up to DIAGNOSTICS_SIMULATION_LIMIT services; a hover simulates only a small file
 * itself and otherwise uses what the diagnostics found for this version, so it never waits long.
 */
export const DIAGNOSTICS_SIMULATION_LIMIT = 300;
export const HOVER_SIMULATION_LIMIT = 50;

interface Cached {
  version: number;
  model: ComposeModel;
  facts?: SimulationFacts;
}

/** The path the lab and compose's messages know the document by; an untitled one sits in the workspace folder. */
export function composePath(document: vscode.TextDocument): string {
  if (document.uri.scheme === 'file') return labPathOfUri(document.uri);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const base = folder ? labPathOfUri(folder) : '/root';
  const name = document.uri.path.split('/').pop() || 'compose.yaml';
  return document.uri.path.startsWith('/') ? document.uri.path : `${base.replace(/\/$/, '')}/${name}`;
}

export class ComposeDocuments implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly isCompose: (document: vscode.TextDocument) => boolean) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    ];
  }

  /** The model of the document's current text. */
  model(document: vscode.TextDocument): ComposeModel {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.model;
    const model = ComposeModel.from(composePath(document), document.getText());
    this.cache.set(key, { version: document.version, model });
    return model;
  }

  /**
   * What simulating the document's text alone shows: simulated now when the file has at most
   * `limit` services and this version was not simulated yet; undefined when it was not.
   */
  facts(document: vscode.TextDocument, limit: number): SimulationFacts | undefined {
    const model = this.model(document);
    const cached = this.cache.get(document.uri.toString());
    if (!cached) return undefined;
    if (cached.facts === undefined && model.serviceNames().length <= limit) {
      cached.facts = simulateCompose(
        model.path,
        model.text,
        model.problems().length === 0 ? { file: model.source() } : {},
      );
    }
    return cached.facts;
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.isCompose(e.document)) return;
    const key = e.document.uri.toString();
    const cached = this.cache.get(key);
    // A change the cache missed (it is made on first use) means a fresh parse on next use.
    if (!cached || cached.version !== e.document.version - 1) {
      this.cache.delete(key);
      return;
    }
    const model = cached.model.edit(
      e.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })),
      e.document.getText(),
    );
    this.cache.set(key, { version: e.document.version, model });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.cache.clear();
  }
}
