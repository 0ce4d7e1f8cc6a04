// The diagram webview's page: nothing but the browser bundle (dist/webview) and its stylesheet,
// under a Content Security Policy that loads nothing else. `default-src 'none'` refuses every kind
// of resource not named below; scripts run only with this page's nonce (no inline handlers, no
// eval); styles, images and the layout worker come from the extension's own files; `data:` and
// `blob:` images are the PNG export drawing the SVG onto a canvas. No remote origin is named.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folders a diagram webview may load from (its localResourceRoots). */
export const diagramResourceRoots = (extensionUri: vscode.Uri): vscode.Uri[] => [
  vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
  vscode.Uri.joinPath(extensionUri, 'media'),
];

/** A fresh nonce per page: 128 random bits, base64 (CSP's nonce-source grammar). */
export const newNonce = (): string => randomBytes(16).toString('base64');

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource}`,
    `worker-src ${cspSource} blob:`,
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function diagramHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
  const nonce = newNonce();
  const file = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name));
  const lang = vscode.env.language;
  return `<!DOCTYPE html>
<html lang="${attr(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(webview.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(file('main.css').toString())}">
<title>${attr(title)}</title>
</head>
<body>
<div id="diagram-root"></div>
<script nonce="${nonce}" src="${attr(file('main.js').toString())}"></script>
</body>
</html>`;
}
