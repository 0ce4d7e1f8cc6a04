// The browser's activation registers these stand-ins instead of the lab itself: every command of
// package.json, the Network Lab view, the diagram's restore, the lab terminal's profile, the
// netlab: documents and the language providers, each under the key the lab registers under
// (registrationKeys.ts). The first call to one loads the lab's code, which hands its own
// registrations over (boundApi.ts), and the stand-in answers with them from then on. So opening a
// folder that never uses the lab costs a small entry, not the compile of the whole lab.
import * as vscode from 'vscode';
import {
  DIAGRAM_VIEW_TYPE,
  LAB_SCHEME,
  LANGUAGE_PROVIDERS,
  type ProviderKind,
  TERMINAL_PROFILE_ID,
  TREE_VIEW_ID,
} from '../registrationKeys';

type Handler = (...args: unknown[]) => unknown;
type LanguageProvider =
  vscode.HoverProvider | vscode.CompletionItemProvider | vscode.CodeLensProvider | vscode.CodeActionProvider;

/** The command IDs package.json contributes (the ones VS Code may invoke before the lab is loaded). */
function contributedCommands(packageJSON: unknown): string[] {
  const commands = (packageJSON as { contributes?: { commands?: unknown } }).contributes?.commands;
  if (!Array.isArray(commands)) return [];
  return commands.flatMap((c: unknown) => {
    const id = (c as { command?: unknown }).command;
    return typeof id === 'string' ? [id] : [];
  });
}

export class StandIns implements vscode.Disposable {
  private readonly contributed: Set<string>;
  private readonly commands = new Map<string, Handler>();
  private tree: vscode.TreeDataProvider<unknown> | undefined;
  private readonly treeChanged = new vscode.EventEmitter<unknown>();
  private readonly treeView: vscode.TreeView<unknown>;
  private serializer: vscode.WebviewPanelSerializer | undefined;
  private terminalProfile: vscode.TerminalProfileProvider | undefined;
  private content: vscode.TextDocumentContentProvider | undefined;
  private readonly contentChanged = new vscode.EventEmitter<vscode.Uri>();
  /** The lab's provider for each row of LANGUAGE_PROVIDERS. */
  private readonly providers = new Map<(typeof LANGUAGE_PROVIDERS)[number], LanguageProvider>();
  /** The lab's change events relayed to the stand-ins'. */
  private readonly forwardings: vscode.Disposable[] = [];

  /** load: loads the lab once (later calls return the same promise); it binds what it registers here. */
  constructor(
    context: vscode.ExtensionContext,
    private readonly load: () => Promise<void>,
  ) {
    this.contributed = new Set(contributedCommands(context.extension.packageJSON));
    for (const id of this.contributed) {
      context.subscriptions.push(
        vscode.commands.registerCommand(id, async (...args: unknown[]) => {
          await this.load();
          const handler = this.commands.get(id);
          if (!handler) throw new Error(`command '${id}' not found`);
          return handler(...args);
        }),
      );
    }
    this.treeView = vscode.window.createTreeView<unknown>(TREE_VIEW_ID, {
      treeDataProvider: {
        onDidChangeTreeData: this.treeChanged.event,
        getChildren: async (element) => {
          await this.load();
          return this.tree?.getChildren(element);
        },
        getTreeItem: (element) => this.tree?.getTreeItem(element) ?? new vscode.TreeItem(''),
        getParent: (element) => this.tree?.getParent?.(element),
        resolveTreeItem: (item, element, token) => this.tree?.resolveTreeItem?.(item, element, token) ?? item,
      },
      showCollapseAll: false,
    });
    context.subscriptions.push(
      this,
      this.treeView,
      this.treeChanged,
      this.contentChanged,
      vscode.window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => {
          await this.load();
          await this.serializer?.deserializeWebviewPanel(panel, state);
        },
      }),
      vscode.window.registerTerminalProfileProvider(TERMINAL_PROFILE_ID, {
        provideTerminalProfile: async (token) => {
          await this.load();
          return this.terminalProfile?.provideTerminalProfile(token);
        },
      }),
      vscode.workspace.registerTextDocumentContentProvider(LAB_SCHEME, {
        onDidChange: this.contentChanged.event,
        provideTextDocumentContent: async (uri, token) => {
          await this.load();
          return this.content?.provideTextDocumentContent(uri, token);
        },
      }),
      ...LANGUAGE_PROVIDERS.map((row) => this.registerLanguageStandIn(row)),
    );
  }

  private registerLanguageStandIn(row: (typeof LANGUAGE_PROVIDERS)[number]): vscode.Disposable {
    const bound = async <P>(): Promise<P | undefined> => {
      await this.load();
      return this.providers.get(row) as P | undefined;
    };
    switch (row.kind) {
      case 'hover':
        return vscode.languages.registerHoverProvider(row.selector, {
          provideHover: async (d, p, t) => (await bound<vscode.HoverProvider>())?.provideHover(d, p, t),
        });
      case 'completion':
        return vscode.languages.registerCompletionItemProvider(
          row.selector,
          {
            provideCompletionItems: async (d, p, t, c) =>
              (await bound<vscode.CompletionItemProvider>())?.provideCompletionItems(d, p, t, c),
            resolveCompletionItem: async (item, t) =>
              (await bound<vscode.CompletionItemProvider>())?.resolveCompletionItem?.(item, t) ?? item,
          },
          ...(row.triggerCharacters ?? []),
        );
      case 'codeLens':
        return vscode.languages.registerCodeLensProvider(row.selector, {
          provideCodeLenses: async (d, t) => (await bound<vscode.CodeLensProvider>())?.provideCodeLenses(d, t),
          resolveCodeLens: async (lens, t) =>
            (await bound<vscode.CodeLensProvider>())?.resolveCodeLens?.(lens, t) ?? lens,
        });
      case 'codeActions':
        // The lab offers quick fixes only (compose diagnostics).
        return vscode.languages.registerCodeActionsProvider(
          row.selector,
          {
            provideCodeActions: async (d, r, c, t) =>
              (await bound<vscode.CodeActionProvider>())?.provideCodeActions(d, r, c, t),
          },
          { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
        );
    }
  }

  // The lab's registrations (through boundApi.ts). Each returns undefined when no stand-in has the
  // key (or it is taken): the lab then registers it with VS Code itself.

  command(id: string, handler: Handler): vscode.Disposable | undefined {
    if (!this.contributed.has(id) || this.commands.has(id)) return undefined;
    this.commands.set(id, handler);
    return new vscode.Disposable(() => this.commands.delete(id));
  }

  /** The lab's TreeView is the stand-in's, now drawing the lab's rows. */
  treeDataProvider<T>(viewId: string, provider: vscode.TreeDataProvider<T>): vscode.TreeView<T> | undefined {
    if (viewId !== TREE_VIEW_ID || this.tree) return undefined;
    this.tree = provider;
    const forwarding = provider.onDidChangeTreeData?.((e) => this.treeChanged.fire(e));
    if (forwarding) this.forwardings.push(forwarding);
    return this.treeView as vscode.TreeView<T>;
  }

  webviewPanelSerializer(viewType: string, serializer: vscode.WebviewPanelSerializer): vscode.Disposable | undefined {
    if (viewType !== DIAGRAM_VIEW_TYPE || this.serializer) return undefined;
    this.serializer = serializer;
    return new vscode.Disposable(() => (this.serializer = undefined));
  }

  terminalProfileProvider(id: string, provider: vscode.TerminalProfileProvider): vscode.Disposable | undefined {
    if (id !== TERMINAL_PROFILE_ID || this.terminalProfile) return undefined;
    this.terminalProfile = provider;
    return new vscode.Disposable(() => (this.terminalProfile = undefined));
  }

  contentProvider(scheme: string, provider: vscode.TextDocumentContentProvider): vscode.Disposable | undefined {
    if (scheme !== LAB_SCHEME || this.content) return undefined;
    this.content = provider;
    const forwarding = provider.onDidChange?.((uri) => this.contentChanged.fire(uri));
    if (forwarding) this.forwardings.push(forwarding);
    return new vscode.Disposable(() => (this.content = undefined));
  }

  languageProvider(
    kind: ProviderKind,
    selector: vscode.DocumentSelector,
    provider: LanguageProvider,
  ): vscode.Disposable | undefined {
    const row = LANGUAGE_PROVIDERS.find((r) => r.kind === kind && r.selector === selector);
    if (!row || this.providers.has(row)) return undefined;
    this.providers.set(row, provider);
    return new vscode.Disposable(() => this.providers.delete(row));
  }

  dispose(): void {
    for (const f of this.forwardings) f.dispose();
    this.forwardings.length = 0;
  }
}
