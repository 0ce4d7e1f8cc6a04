// docker command lines in shell scripts, Makefiles, Markdown and devcontainer.json: adapts
// src/language/commandLine to VS Code. Hovers, Docker's errors per line (debounced after each
// edit) and a "Run in Network Lab" CodeLens that types the lines into a lab terminal.
import * as vscode from 'vscode';
import { localeOf } from '../../knowledge/localized';
import { commandLineDiagnostics } from '../../language/commandLine/commandLineDiagnostics';
import { commandLineHover } from '../../language/commandLine/commandLineHover';
import { commandLineLenses } from '../../language/commandLine/commandLineLenses';
import { type CommandDocumentKind, commandDocumentKind } from '../../language/commandLine/documentCommands';
import type { Range } from '../../language/position';
import { COMMAND_LINE_SELECTOR as SELECTOR } from '../registrationKeys';

const DIAGNOSE_DELAY_MS = 300;

const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

const kindOf = (document: vscode.TextDocument): CommandDocumentKind | undefined =>
  vscode.languages.match(SELECTOR, document) === 0
    ? undefined
    : commandDocumentKind(document.languageId, document.uri.path);

function hoverProvider(): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      const kind = kindOf(document);
      if (!kind) return undefined;
      const hover = commandLineHover(document.getText(), position, kind, localeOf(vscode.env.language));
      if (!hover) return undefined;
      // Untrusted: no command links run from a hover; values from the file are escaped by the service.
      const md = new vscode.MarkdownString(hover.markdown);
      md.appendMarkdown(`\n\n[${vscode.l10n.t('Docker CLI reference')}](${hover.link})`);
      return new vscode.Hover(md, toRange(hover.range));
    },
  };
}

function codeLensProvider(): vscode.CodeLensProvider {
  return {
    provideCodeLenses(document) {
      const kind = kindOf(document);
      if (!kind) return [];
      return commandLineLenses(document.getText(), kind).map(
        (lens) =>
          new vscode.CodeLens(toRange(lens.range), {
            title: vscode.l10n.t('Run in Network Lab'),
            command: 'netlab.openTerminal',
            arguments: [{ lines: lens.lines }],
          }),
      );
    },
  };
}

export function registerCommandLineLanguage(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('netlab-command-lines');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const diagnose = (document: vscode.TextDocument) => {
    const kind = kindOf(document);
    if (!kind) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (document.isClosed) return;
        diagnostics.set(
          document.uri,
          commandLineDiagnostics(document.getText(), kind).map((d) => {
            const severity =
              d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
            const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, severity);
            diagnostic.source = 'Network Lab';
            return diagnostic;
          }),
        );
      }, DIAGNOSE_DELAY_MS),
    );
  };
  for (const document of vscode.workspace.textDocuments) diagnose(document);
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerHoverProvider(SELECTOR, hoverProvider()),
    vscode.languages.registerCodeLensProvider(SELECTOR, codeLensProvider()),
    vscode.workspace.onDidOpenTextDocument(diagnose),
    vscode.workspace.onDidChangeTextDocument((e) => diagnose(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      diagnostics.delete(d.uri);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
