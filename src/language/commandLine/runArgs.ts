// The `runArgs` array of a devcontainer.json: words that the Dev Containers tooling passes to
// `docker run` (containers.dev/implementors/json_reference). devcontainer.json is JSON with
// comments and trailing commas, so this reads it tolerantly: comments are blanked (offsets kept),
// then the strings of the array are read with the offset of every character.
import type { Word } from './shellLine';

/** The text with `//` and `/* *\/` comments outside strings turned into spaces (line breaks kept). */
export function blankComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"' && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      out += text.slice(i, k + 1);
      i = k + 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads the JSON string whose opening quote is at i; undefined when it does not close on its line. */
function readString(text: string, i: number): { word: Word; next: number } | undefined {
  const word: Word = { text: '', offsets: [], start: i, end: i, dynamic: false };
  let k = i + 1;
  while (k < text.length && text[k] !== '"') {
    if (text[k] === '\n') return undefined;
    if (text[k] === '\\') {
      const e = text[k + 1] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) {
        word.text += String.fromCharCode(parseInt(text.slice(k + 2, k + 6), 16));
        word.offsets.push(k);
        k += 6;
      } else {
        word.text += ESCAPES[e] ?? e;
        word.offsets.push(k);
        k += 2;
      }
    } else {
      word.text += text[k];
      word.offsets.push(k);
      k++;
    }
  }
  if (k >= text.length) return undefined;
  word.end = k + 1;
  word.dynamic = /\$\{|\{\{/.test(word.text);
  return { word, next: k + 1 };
}

export interface RunArgs {
  words: Word[];
  /** The array, brackets included. */
  start: number;
  end: number;
}

/** Each `"runArgs": [ ... ]` in the file (normally one), its strings as words. */
export function findRunArgs(text: string): RunArgs[] {
  const clean = blankComments(text);
  const out: RunArgs[] = [];
  for (const m of clean.matchAll(/"runArgs"\s*:\s*\[/g)) {
    const start = m.index + m[0].length - 1;
    const words: Word[] = [];
    let i = start + 1;
    while (i < clean.length && clean[i] !== ']') {
      const ch = clean[i]!;
      if (ch === '"') {
        const read = readString(clean, i);
        if (!read) break;
        words.push(read.word);
        i = read.next;
      } else if (ch === '[' || ch === '{' || ch === '}') break;
      else i++;
    }
    out.push({ words, start, end: Math.min(i + 1, clean.length) });
  }
  return out;
}
