// Where people write docker command lines, by kind of document: shell scripts, Makefile recipes,
// the shell blocks of Markdown, and devcontainer.json's runArgs. Each command line comes out as
// one logical line (continuations joined) with the docker commands in it.
import { quoteArgv } from '../../core/text/shellWords';
import { type DockerCommand, dockerCommands, runnableText } from './dockerCommand';
import { TextIndex } from './offsets';
import { findRunArgs } from './runArgs';
import { type LogicalLine, type Piece, type Word, continues, joinLines } from './shellLine';

export type CommandDocumentKind = 'shellscript' | 'makefile' | 'markdown' | 'devcontainer';

/** The kind of a document from VS Code's language ID and its path. */
export function commandDocumentKind(languageId: string, path: string): CommandDocumentKind | undefined {
  if (/(^|[\\/])(\.devcontainer[\\/]devcontainer\.json|\.devcontainer\.json)$/.test(path)) return 'devcontainer';
  if (languageId === 'shellscript' || languageId === 'makefile' || languageId === 'markdown') return languageId;
  return undefined;
}

export interface CommandLine {
  line: LogicalLine;
  docker: DockerCommand[];
  /** The line as a lab terminal should get it (sudo left out). */
  runnable: string;
  /** The Markdown fenced block it is in (index into CommandDocument.blocks). */
  block?: number;
  /** From runArgs: the docker command is `docker run` with these options and no image. */
  runArgs?: boolean;
}

export interface FencedBlock {
  /** The line of the opening fence. */
  fenceLine: number;
  /** Indices into CommandDocument.lines, in order. */
  lines: number[];
}

export interface CommandDocument {
  lines: CommandLine[];
  blocks: FencedBlock[];
}

const piece = (index: TextIndex, line: number, skip: number): Piece => ({
  text: index.line(line).slice(skip),
  offset: index.lineStart(line) + skip,
  line,
});

function commandLine(line: LogicalLine, block?: number): CommandLine {
  const docker = dockerCommands(line);
  return { line, docker, runnable: runnableText(line, docker), ...(block === undefined ? {} : { block }) };
}

/** A here-document's delimiter opened on this line, if any (`<<EOF`, `<<-'EOF'`). */
const heredoc = (text: string) => /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/.exec(text)?.[2];

function shellLines(index: TextIndex, from: number, to: number, block?: number): CommandLine[] {
  const out: CommandLine[] = [];
  const pieces: Piece[] = [];
  for (let n = from; n < to; n++) pieces.push(piece(index, n, 0));
  const logical = joinLines(pieces);
  for (let k = 0; k < logical.length; k++) {
    const line = logical[k]!;
    if (line.text.trim() === '') continue;
    out.push(commandLine(line, block));
    const delimiter = heredoc(line.text);
    if (delimiter) {
      while (k + 1 < logical.length && logical[k + 1]!.text.replace(/^\t+/, '') !== delimiter) k++;
      k++;
    }
  }
  return out;
}

/** Recipe lines: after a tab, without make's `@`, `-` and `+` prefixes (GNU make manual, "Recipe Syntax"). */
function makefileLines(index: TextIndex): CommandLine[] {
  const out: CommandLine[] = [];
  let n = 0;
  while (n < index.lineCount) {
    const text = index.line(n);
    if (!text.startsWith('\t')) {
      // A variable or rule line continued with a backslash: its tab-indented continuations are not recipes.
      while (continues(index.line(n)) && n + 1 < index.lineCount) n++;
      n++;
      continue;
    }
    const prefix = /^\t[ \t@+-]*/.exec(text)![0].length;
    const pieces = [piece(index, n, prefix)];
    while (continues(index.line(n)) && n + 1 < index.lineCount) {
      n++;
      pieces.push(piece(index, n, index.line(n).startsWith('\t') ? 1 : 0));
    }
    n++;
    for (const line of joinLines(pieces)) if (line.text.trim() !== '') out.push(commandLine(line));
  }
  return out;
}

const SHELL_INFO = new Set(['sh', 'bash', 'shell', 'zsh']);
const CONSOLE_INFO = new Set(['console', 'shell-session']);
/** `$ `, `# `, `[root@docker-host ~]# `, `user@host:~$ `, `/ # `. */
const PROMPT = /^(?:\[[^\]\n]*\]|[\w.-]+@[\w.-]+(?::[^\s$#]*)?|[~/][^\s$#]*)?\s?[$#] /;
const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`{]*)/;

function markdownLines(index: TextIndex): CommandDocument {
  const lines: CommandLine[] = [];
  const blocks: FencedBlock[] = [];
  let n = 0;
  while (n < index.lineCount) {
    const open = FENCE.exec(index.line(n));
    if (!open) {
      n++;
      continue;
    }
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = n + 1;
    while (end < index.lineCount && !closing.test(index.line(end))) end++;
    const lang = info.toLowerCase();
    const isConsole = CONSOLE_INFO.has(lang);
    if (isConsole || SHELL_INFO.has(lang)) {
      const block = blocks.length;
      const found = blockLines(index, n + 1, end, indent.length, isConsole, block);
      if (found.length > 0) {
        blocks.push({ fenceLine: n, lines: found.map((_, i) => lines.length + i) });
        lines.push(...found);
      }
    }
    n = end + 1;
  }
  return { lines, blocks };
}

/** A block's command lines: in a console block the prompt lines (prompt removed) and their continuations. */
function blockLines(
  index: TextIndex,
  from: number,
  to: number,
  indent: number,
  isConsole: boolean,
  block: number,
): CommandLine[] {
  const pieces: Piece[] = [];
  let continuing = false;
  for (let n = from; n < to; n++) {
    const raw = index.line(n);
    const skip = Math.min(indent, /^ */.exec(raw)![0].length);
    const text = raw.slice(skip);
    const prompt = PROMPT.exec(text);
    if (continuing) pieces.push(piece(index, n, skip));
    else if (prompt && (isConsole || prompt[0] === '$ ')) pieces.push(piece(index, n, skip + prompt[0].length));
    else if (!isConsole) pieces.push(piece(index, n, skip));
    else continue;
    continuing = continues(pieces[pieces.length - 1]!.text);
  }
  const out: CommandLine[] = [];
  for (const line of joinLines(pieces, /^> /)) {
    if (line.text.trim() === '' || /^\s*#/.test(line.text)) continue;
    out.push(commandLine(line, block));
  }
  return out;
}

const synthetic = (text: string, at: number): Word => ({ text, offsets: [], start: at, end: at, dynamic: false });

function devcontainerLines(index: TextIndex): CommandLine[] {
  return findRunArgs(index.text).map(({ words, start, end }) => {
    const all = [synthetic('docker', start), synthetic('run', start), ...words];
    const argv = all.map((w) => w.text);
    const line: LogicalLine = {
      text: quoteArgv(argv),
      offsets: [],
      firstLine: index.position(start).line,
      lastLine: index.position(end).line,
    };
    const docker: DockerCommand = { words: all, prefix: [], dynamic: words.some((w) => w.dynamic) };
    return { line, docker: [docker], runnable: line.text, runArgs: true };
  });
}

export function findCommandLines(index: TextIndex, kind: CommandDocumentKind): CommandDocument {
  switch (kind) {
    case 'shellscript':
      return { lines: shellLines(index, 0, index.lineCount), blocks: [] };
    case 'makefile':
      return { lines: makefileLines(index), blocks: [] };
    case 'markdown':
      return markdownLines(index);
    case 'devcontainer':
      return { lines: devcontainerLines(index), blocks: [] };
  }
}

let last: { text: string; kind: CommandDocumentKind; index: TextIndex; doc: CommandDocument } | undefined;

/** The command lines of a text with its index, kept for the last text asked (hovers ask again and again of the same version). */
export function commandLinesOf(text: string, kind: CommandDocumentKind): { index: TextIndex; doc: CommandDocument } {
  if (last?.kind !== kind || last.text !== text) {
    const index = new TextIndex(text);
    last = { text, kind, index, doc: findCommandLines(index, kind) };
  }
  return last;
}
