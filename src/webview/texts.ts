// The words the webview shows come from the extension (`texts` in the graph message, in the
// display language); each use names its English fallback for a key the extension did not send.
import type { DiagramTexts } from '../protocol/diagramMessages';

let current: DiagramTexts = {};

export function setTexts(texts: DiagramTexts): void {
  current = texts;
}

export function t(key: string, english: string): string {
  return current[key] ?? english;
}
