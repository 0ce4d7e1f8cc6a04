// Compose files in the editor: hovers, completions, diagnostics, quick fixes and the "Simulate in
// Network Lab" CodeLens. Adapts the pure services of src/language/compose to VS Code; every
// provider reads the same cached model (composeDocuments.ts).
import * as vscode from 'vscode';
import { localeOf } from '../../knowledge/localized';
import { composeCompletions } from '../../language/compose/composeCompletions';
import { type ComposeDiagnostic, composeDiagnostics } from '../../language/compose/composeDiagnostics';
import { composeHover } from '../../language/compose/composeHover';
import { composeQuickFixes } from '../../language/compose/composeQuickFixes';
import type { Range as OffsetRange } from '../../compose/model';
import type { Range } from '../../language/position';
import { ComposeDocuments, DIAGNOSTICS_SIMULATION_LIMIT, HOVER_SIMULATION_LIMIT } from './composeDocuments';
import { quickFixTitle } from './quickFixTitles';
import { COMPOSE_COMPLETION_TRIGGERS, COMPOSE_SELECTOR } from '../registrationKeys';

const DIAGNOSE_DELAY_MS = 300;
const SOURCE = 'Network Lab';

const isCompose = (document: vscode.TextDocument) => vscode.languages.match(COMPOSE_SELECTOR, document) > 0;
const locale = () => localeOf(vscode.env.language);
const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const offsetRange = (document: vscode.TextDocument, r: OffsetRange) =>
  new vscode.Range(document.positionAt(r[0]), document.positionAt(r[1]));

const SEVERITY: Record<ComposeDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** The diagnostics of one version, kept so quick fixes find the rule's own record. */
interface Diagnosed {
  version: number;
  found: Array<{ source: ComposeDiagnostic; shown: vscode.Diagnostic }>;
}

/** How long one slice of a large file's first parse may hold the extension host. */
const PARSE_SLICE_MS = 15;

/** Parses the document's model in slices between ticks; false when the document changed meanwhile. */
async function parsedInSlices(documents: ComposeDocuments, document: vscode.TextDocument): Promise<boolean> {
  const version = document.version;
  while (!documents.model(document).parseFor(PARSE_SLICE_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (document.isClosed || document.version !== version) return false;
  }
  return true;
}

function diagnose(documents: ComposeDocuments, document: vscode.TextDocument): Diagnosed {
  const model = documents.model(document);
  const problems = model.problems();
  // A file that does not parse is not simulated or checked further: the rules would report
  // what is only missing because it did not parse.
  const found: ComposeDiagnostic[] =
    problems.length > 0
      ? problems.map((p) => ({ range: p.range, severity: 'error' as const, message: p.message }))
      : composeDiagnostics(model.source(), documents.facts(document, DIAGNOSTICS_SIMULATION_LIMIT));
  return {
    version: document.version,
    found: found.map((source) => {
      // The lab's own words first; why, in the display language, under them.
      const message = source.explanation ? `${source.message}\n${source.explanation[locale()]}` : source.message;
      const shown = new vscode.Diagnostic(offsetRange(document, source.range), message, SEVERITY[source.severity]);
      shown.source = SOURCE;
      if (source.code !== undefined) shown.code = source.code;
      return { source, shown };
    }),
  };
}

function hoverProvider(documents: ComposeDocuments): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      const model = documents.model(document);
      const hover = composeHover(model, position, locale(), documents.facts(document, HOVER_SIMULATION_LIMIT));
      if (!hover) return undefined;
      // Untrusted and without HTML: the service escaped every text it took from the file.
      const md = new vscode.MarkdownString(hover.markdown);
      md.appendMarkdown(`\n\n[${vscode.l10n.t('Compose file reference')}](${hover.link})`);
      return new vscode.Hover(md, toRange(hover.range));
    },
  };
}

function completionProvider(documents: ComposeDocuments): vscode.CompletionItemProvider {
  return {
    provideCompletionItems(document, position) {
      return composeCompletions(documents.model(document), position, locale()).map((c) => {
        const item = new vscode.CompletionItem(c.label, vscode.CompletionItemKind.Value);
        item.detail = c.detail;
        item.range = toRange(c.range);
        if (c.insertText !== undefined) item.insertText = c.insertText;
        return item;
      });
    },
  };
}

function codeActionProvider(documents: ComposeDocuments, diagnosed: Map<string, Diagnosed>): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, _range, context) {
      const record = diagnosed.get(document.uri.toString());
      if (!record || record.version !== document.version) return [];
      const model = documents.model(document);
      return context.diagnostics.flatMap((shown) => {
        const found = record.found.find((f) => f.shown === shown || sameDiagnostic(f.shown, shown));
        if (!found) return [];
        return composeQuickFixes(model.text, model.source(), found.source).map((fix) => {
          const action = new vscode.CodeAction(quickFixTitle(fix), vscode.CodeActionKind.QuickFix);
          action.diagnostics = [shown];
          action.isPreferred = true;
          action.edit = new vscode.WorkspaceEdit();
          for (const e of fix.edits) action.edit.replace(document.uri, offsetRange(document, e.range), e.newText);
          return action;
        });
      });
    },
  };
}

const sameDiagnostic = (a: vscode.Diagnostic, b: vscode.Diagnostic) =>
  a.message === b.message && a.range.isEqual(b.range) && a.code === b.code;

function codeLensProvider(): vscode.CodeLensProvider {
  return {
    provideCodeLenses(document) {
      return [
        new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
          title: vscode.l10n.t('Simulate in Network Lab'),
          command: 'netlab.simulateCompose',
          arguments: [document.uri],
        }),
      ];
    },
  };
}

export function registerComposeLanguage(context: vscode.ExtensionContext): void {
  const documents = new ComposeDocuments(isCompose);
  const collection = vscode.languages.createDiagnosticCollection('netlab-compose');
  const diagnosed = new Map<string, Diagnosed>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (document: vscode.TextDocument) => {
    if (!isCompose(document)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void (async () => {
          if (document.isClosed || !(await parsedInSlices(documents, document))) return;
          const record = diagnose(documents, document);
          diagnosed.set(key, record);
          collection.set(
            document.uri,
            record.found.map((f) => f.shown),
          );
        })();
      }, DIAGNOSE_DELAY_MS),
    );
  };
  for (const document of vscode.workspace.textDocuments) schedule(document);
  context.subscriptions.push(
    documents,
    collection,
    vscode.languages.registerHoverProvider(COMPOSE_SELECTOR, hoverProvider(documents)),
    vscode.languages.registerCompletionItemProvider(
      COMPOSE_SELECTOR,
      completionProvider(documents),
      ...COMPOSE_COMPLETION_TRIGGERS,
    ),
    vscode.languages.registerCodeActionsProvider(COMPOSE_SELECTOR, codeActionProvider(documents, diagnosed), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.languages.registerCodeLensProvider(COMPOSE_SELECTOR, codeLensProvider()),
    vscode.workspace.onDidOpenTextDocument(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      collection.delete(d.uri);
      diagnosed.delete(d.uri.toString());
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
