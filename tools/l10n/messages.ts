// The messages the extension shows through vscode.l10n.t, found with the TypeScript parser: for
// the completeness test of the translations and for `npm run l10n:missing`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** `l10n.t('…', …)` calls: their message, or a problem when it is not a plain string. */
function l10nMessages(file: string): { messages: string[]; problems: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const messages: string[] = [];
  const problems: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 't' &&
      node.expression.expression.getText(source).endsWith('l10n')
    ) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.push(first.text);
      else {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        problems.push(`${file}:${line + 1}: l10n.t needs a literal message (use {0} placeholders)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { messages, problems };
}

/** Every l10n.t message below a folder, and the calls that do not use a literal message. */
export function messagesBelow(dir: string): { messages: Set<string>; problems: string[] } {
  const found = sourceFiles(dir).map(l10nMessages);
  return { messages: new Set(found.flatMap((f) => f.messages)), problems: found.flatMap((f) => f.problems) };
}
