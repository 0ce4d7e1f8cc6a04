// The docker commands in a logical shell line: each simple command whose program is `docker`,
// after what commonly comes before it (`sudo` and its options, `VAR=value` assignments, `then`,
// `do`, `time`, `exec`, ...), which is kept apart so the command can run in the lab without it.
import { type LogicalLine, type Word, shellTokens, simpleCommands } from './shellLine';

export interface DockerCommand {
  /** `docker` and its arguments. */
  words: Word[];
  /** Words before `docker` that the lab does not run (`sudo -E`). */
  prefix: Word[];
  /** Some word's value is not known from the file (`$VAR`, `$(...)`, `{{ }}`). */
  dynamic: boolean;
}

const KEYWORDS = new Set([
  'then',
  'do',
  'else',
  'elif',
  'if',
  'while',
  'until',
  '!',
  '{',
  'time',
  'exec',
  'command',
  'nohup',
]);
/** sudo options that take a value (sudo(8)). */
const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T']);

const isDocker = (w: Word) => w.text === 'docker' || /\/docker$/.test(w.text);

/** Where `docker` starts in a simple command's words, and the sudo words before it; undefined when it is another program. */
function dockerStart(words: readonly Word[]): { at: number; prefix: Word[] } | undefined {
  const prefix: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (isDocker(w)) return { at: i, prefix };
    if (w.text === 'sudo') {
      prefix.push(w);
      i++;
      while (i < words.length && words[i]!.text.startsWith('-')) {
        const option = words[i]!;
        prefix.push(option);
        i++;
        if (SUDO_VALUE_OPTIONS.has(option.text) && i < words.length) prefix.push(words[i++]!);
      }
    } else if (KEYWORDS.has(w.text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text)) i++;
    else return undefined;
  }
  return undefined;
}

export function dockerCommands(line: LogicalLine): DockerCommand[] {
  return simpleCommands(shellTokens(line)).flatMap((words) => {
    const start = dockerStart(words);
    if (!start) return [];
    const own = words.slice(start.at);
    return [{ words: own, prefix: start.prefix, dynamic: own.some((w) => w.dynamic) }];
  });
}

/** The line without the sudo words of its docker commands (and the blanks after them): what the lab's terminal runs. */
export function runnableText(line: LogicalLine, commands: readonly DockerCommand[]): string {
  const drop = commands.flatMap((c) => c.prefix).map((w) => [w.start, w.end] as const);
  let out = '';
  let afterDropped = false;
  for (let i = 0; i < line.text.length; i++) {
    const at = line.offsets[i]!;
    const ch = line.text[i]!;
    if (drop.some(([s, e]) => at >= s && at < e)) afterDropped = true;
    else if (afterDropped && (ch === ' ' || ch === '\t')) continue;
    else {
      afterDropped = false;
      out += ch;
    }
  }
  return out.trim();
}
