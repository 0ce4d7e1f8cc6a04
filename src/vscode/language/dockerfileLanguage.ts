// Dockerfile hovers, completions and diagnostics for network settings: adapts src/language/dockerfile to
// VS Code. Diagnostics follow each edit (debounced) of every open Dockerfile.
import * as vscode from 'vscode';
import { localeOf } from '../../knowledge/localized';
import type * as DockerfileNetwork from '../../language/dockerfile/dockerfileNetwork';
import type { Diagnostic } from '../../language/dockerfile/dockerfileNetwork';
import type { Range } from '../../language/position';
import { DOCKERFILE_COMPLETION_TRIGGERS, DOCKERFILE_SELECTOR as SELECTOR } from '../registrationKeys';

// Loaded when a Dockerfile first needs it, not at activation: the bundle then evaluates
// dockerfile-ast (some thirty CommonJS modules) only in a window that has a Dockerfile. esbuild
// bundles the dynamic import and evaluates the module on its first call.
let loading: Promise<typeof DockerfileNetwork> | undefined;
const dockerfileNetwork = () => (loading ??= import('../../language/dockerfile/dockerfileNetwork'));

const DIAGNOSE_DELAY_MS = 200;

const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

function hoverProvider(): vscode.HoverProvider {
  return {
    async provideHover(document, position) {
      const { dockerfileHover } = await dockerfileNetwork();
      const hover = dockerfileHover(document.getText(), position, localeOf(vscode.env.language));
      if (!hover) return undefined;
      // Untrusted: no command links run from a hover; the texts are the extension's own.
      const md = new vscode.MarkdownString(hover.markdown);
      md.appendMarkdown(`\n\n[${vscode.l10n.t('Dockerfile reference')}](${hover.link})`);
      return new vscode.Hover(md, toRange(hover.range));
    },
  };
}

function completionProvider(): vscode.CompletionItemProvider {
  return {
    async provideCompletionItems(document, position) {
      const { dockerfileCompletions } = await dockerfileNetwork();
      return dockerfileCompletions(document.getText(), position, localeOf(vscode.env.language)).map((c) => {
        const item = new vscode.CompletionItem(c.label, vscode.CompletionItemKind.EnumMember);
        item.detail = c.detail;
        item.range = toRange(c.range);
        return item;
      });
    },
  };
}

export function registerDockerfileLanguage(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('netlab-dockerfile');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const diagnose = (document: vscode.TextDocument) => {
    if (vscode.languages.match(SELECTOR, document) === 0) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void dockerfileNetwork().then(({ dockerfileDiagnostics }) => {
          if (document.isClosed) return;
          diagnostics.set(
            document.uri,
            dockerfileDiagnostics(document.getText()).map((d) => {
              const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
              diagnostic.source = 'Network Lab';
              return diagnostic;
            }),
          );
        });
      }, DIAGNOSE_DELAY_MS),
    );
  };
  for (const document of vscode.workspace.textDocuments) diagnose(document);
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerHoverProvider(SELECTOR, hoverProvider()),
    vscode.languages.registerCompletionItemProvider(SELECTOR, completionProvider(), ...DOCKERFILE_COMPLETION_TRIGGERS),
    vscode.workspace.onDidOpenTextDocument(diagnose),
    vscode.workspace.onDidChangeTextDocument((e) => diagnose(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.delete(d.uri)),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
