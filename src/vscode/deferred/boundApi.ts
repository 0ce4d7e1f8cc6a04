// The VS Code API as the lab's code sees it when the browser's activation loads it on first use:
// the real API, except that registering under a key a stand-in holds (standIns.ts) hands the
// registration to that stand-in. Everything else, getters included, reads through to the real API.
import type * as vscode from 'vscode';
import type { StandIns } from './standIns';

type Api = typeof vscode;

/** A namespace whose own functions are replaced and whose other members (getters too) read through. */
function override<T extends object>(namespace: T, functions: Partial<T>): T {
  return Object.create(namespace, Object.getOwnPropertyDescriptors(functions)) as T;
}

export function boundApi(api: Api, standIns: StandIns): Api {
  const commands = override(api.commands, {
    registerCommand: (id: string, handler: (...args: unknown[]) => unknown, thisArg?: unknown) =>
      standIns.command(id, (...args) => handler.apply(thisArg, args)) ??
      api.commands.registerCommand(id, handler, thisArg),
  });
  const window = override(api.window, {
    createTreeView: <T>(viewId: string, options: vscode.TreeViewOptions<T>) =>
      standIns.treeDataProvider(viewId, options.treeDataProvider) ?? api.window.createTreeView(viewId, options),
    registerWebviewPanelSerializer: (viewType: string, serializer: vscode.WebviewPanelSerializer) =>
      standIns.webviewPanelSerializer(viewType, serializer) ??
      api.window.registerWebviewPanelSerializer(viewType, serializer),
    registerTerminalProfileProvider: (id: string, profileProvider: vscode.TerminalProfileProvider) =>
      standIns.terminalProfileProvider(id, profileProvider) ??
      api.window.registerTerminalProfileProvider(id, profileProvider),
  });
  const workspace = override(api.workspace, {
    registerTextDocumentContentProvider: (scheme: string, content: vscode.TextDocumentContentProvider) =>
      standIns.contentProvider(scheme, content) ?? api.workspace.registerTextDocumentContentProvider(scheme, content),
  });
  const languages = override(api.languages, {
    registerHoverProvider: (selector: vscode.DocumentSelector, given: vscode.HoverProvider) =>
      standIns.languageProvider('hover', selector, given) ?? api.languages.registerHoverProvider(selector, given),
    registerCompletionItemProvider: (
      selector: vscode.DocumentSelector,
      given: vscode.CompletionItemProvider,
      ...triggerCharacters: string[]
    ) =>
      standIns.languageProvider('completion', selector, given) ??
      api.languages.registerCompletionItemProvider(selector, given, ...triggerCharacters),
    registerCodeLensProvider: (selector: vscode.DocumentSelector, given: vscode.CodeLensProvider) =>
      standIns.languageProvider('codeLens', selector, given) ?? api.languages.registerCodeLensProvider(selector, given),
    registerCodeActionsProvider: (
      selector: vscode.DocumentSelector,
      given: vscode.CodeActionProvider,
      metadata?: vscode.CodeActionProviderMetadata,
    ) =>
      standIns.languageProvider('codeActions', selector, given) ??
      api.languages.registerCodeActionsProvider(selector, given, metadata),
  });

  // Own properties, as the bundle's `export * from 'vscode'` copies only those.
  const replaced: Record<string, unknown> = { commands, window, workspace, languages };
  const bound = {} as Api;
  for (const key of Object.getOwnPropertyNames(api)) {
    Object.defineProperty(
      bound,
      key,
      key in replaced
        ? { enumerable: true, value: replaced[key] }
        : { enumerable: true, get: () => (api as unknown as Record<string, unknown>)[key] },
    );
  }
  return bound;
}
