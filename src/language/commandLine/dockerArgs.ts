// The flags of one docker command as pflag reads them (src/commandLine/docker/flags.ts, with the
// lab's flag tables), each with the place of the flag and of its value in the document:
// `--network=host`, `--network host`, `-p80:80`, `-dp 80:80`.
import { SUBS } from '../../commandLine/docker/commands/network';
import type { FlagSpec } from '../../commandLine/docker/flags';
import { CREATE_FLAGS, RUN_FLAGS } from '../../commandLine/docker/runFlags';
import type { DockerCommand } from './dockerCommand';
import type { Word } from './shellLine';

export type DockerSubcommand = 'run' | 'create' | 'network create' | 'network connect';

export interface Span {
  start: number;
  end: number;
}

export interface FlagUse {
  /** The long name in the command's table (`network` for `--net`, `publish` for `-p`). */
  name: string;
  /** The flag as written (`--net`, `-p`). */
  written: string;
  /** The flag itself: the whole `--name`, or one letter of a short group. */
  flag: Span;
  value?: { text: string; span: Span; word: Word };
  /** From the flag to the end of its value. */
  whole: Span;
}

export interface DockerArgs {
  subcommand: DockerSubcommand;
  uses: FlagUse[];
  /** Index in command.words of the first positional argument (the image for run/create). */
  firstPositional?: number;
}

/** The span of word.text[from, to) in the document; a word without offsets (runArgs' `docker run`) spans itself. */
export function span(word: Word, from = 0, to = word.text.length): Span {
  if (word.offsets.length === 0 || from >= to) return { start: word.start, end: word.end };
  const fromAt = word.offsets[from] ?? word.start;
  const toAt = (word.offsets[to - 1] ?? word.end - 1) + 1;
  // A quoted word ends at its closing quote; a whole-word span includes the quotes.
  return from === 0 && to === word.text.length ? { start: word.start, end: word.end } : { start: fromAt, end: toAt };
}

const flagsOf = (name: string): readonly FlagSpec[] => SUBS.find((s) => s.name === name)?.flags ?? [];

function subcommandOf(words: readonly Word[]): { subcommand: DockerSubcommand; rest: number } | undefined {
  const [, a, b] = words.map((w) => w.text);
  if (a === 'run' || a === 'create') return { subcommand: a, rest: 2 };
  if (a === 'container' && (b === 'run' || b === 'create')) return { subcommand: b, rest: 3 };
  if (a === 'network' && (b === 'create' || b === 'connect')) return { subcommand: `network ${b}`, rest: 3 };
  return undefined;
}

const TABLES: Record<DockerSubcommand, () => readonly FlagSpec[]> = {
  run: () => RUN_FLAGS,
  create: () => CREATE_FLAGS,
  'network create': () => flagsOf('create'),
  'network connect': () => flagsOf('connect'),
};

export function dockerArgs(command: DockerCommand): DockerArgs | undefined {
  const words = command.words;
  const sub = subcommandOf(words);
  if (!sub) return undefined;
  const specs = TABLES[sub.subcommand]();
  const interspersed = sub.subcommand.startsWith('network');
  const long = new Map<string, FlagSpec>();
  const short = new Map<string, FlagSpec>();
  for (const s of specs) {
    long.set(s.name, s);
    for (const a of s.aliases ?? []) long.set(a, s);
    if (s.short) short.set(s.short, s);
  }
  const out: DockerArgs = { subcommand: sub.subcommand, uses: [] };
  let i = sub.rest;
  while (i < words.length) {
    const word = words[i]!;
    const arg = word.text;
    i++;
    if (arg === '--') {
      out.firstPositional ??= i < words.length ? i : undefined;
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const written = eq < 0 ? arg : arg.slice(0, eq);
      const spec = long.get(written.slice(2));
      const name = spec?.name ?? written.slice(2);
      const flag = span(word, 0, written.length);
      if (eq >= 0) {
        const value = { text: arg.slice(eq + 1), span: span(word, eq + 1, arg.length), word };
        out.uses.push({ name, written, flag, value, whole: span(word) });
      } else if (spec && spec.type !== 'bool' && i < words.length) {
        const next = words[i++]!;
        const value = { text: next.text, span: span(next), word: next };
        out.uses.push({ name, written, flag, value, whole: { start: flag.start, end: value.span.end } });
      } else out.uses.push({ name, written, flag, whole: flag });
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const spec = short.get(arg[j]!);
        // The first letter of a group takes the dash with it.
        const flag = span(word, j === 1 ? 0 : j, j + 1);
        const written = `-${arg[j]!}`;
        if (!spec) {
          out.uses.push({ name: written, written, flag, whole: flag });
          continue;
        }
        if (spec.type === 'bool') {
          out.uses.push({ name: spec.name, written, flag, whole: flag });
          if (arg[j + 1] === '=') break;
          continue;
        }
        const from = arg[j + 1] === '=' ? j + 2 : j + 1;
        if (from < arg.length) {
          const value = { text: arg.slice(from), span: span(word, from, arg.length), word };
          out.uses.push({ name: spec.name, written, flag, value, whole: { start: flag.start, end: value.span.end } });
        } else if (i < words.length) {
          const next = words[i++]!;
          const value = { text: next.text, span: span(next), word: next };
          out.uses.push({ name: spec.name, written, flag, value, whole: { start: flag.start, end: value.span.end } });
        } else out.uses.push({ name: spec.name, written, flag, whole: flag });
        break;
      }
      continue;
    }
    out.firstPositional ??= i - 1;
    if (!interspersed) break;
  }
  return out;
}
