// Tab completion for the lab's shell: the word before the cursor, completed from what the shell at
// hand can run (the host's docker and tools, or the programs in the container's image), docker's
// subcommands and flags, and the names in the lab (containers, networks, catalogue images).
import { CATALOGUE_IMAGES, imageContent } from '../../core/catalog/images';
import { hostImages } from '../../core/catalog/hostImages';
import type { Lab } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import { naturalCompare } from '../../core/text/naturalSort';
import { own } from '../../core/lab/own';
import type { FlagSpec } from '../docker/flags';
import { programExists } from '../shell/runShell';
import { SHELL_TOOLS } from '../shell/tools';
import { type ArgKind, type CommandGrammar, DOCKER_GRAMMAR, FLAG_VALUES } from './dockerGrammar';

/** What completion reads: a Session has both. */
export interface CompletionContext {
  readonly lab: Lab;
  /** The container the shell is in, or undefined on the host. */
  readonly currentContainer: Container | undefined;
}

export interface Completion {
  /** Where the word being completed starts in the line (a UTF-16 index); it ends at the cursor. */
  start: number;
  /** The word as typed so far. */
  word: string;
  /** Words that may replace it, sorted. */
  candidates: string[];
}

const BUILTINS = ['cd', 'exit'];
const SHELLS = ['sh', 'bash', 'ash', 'busybox'];
/** Tools whose argument is a host name: container names resolve on user-defined networks. */
const HOST_ARGUMENT_TOOLS = new Set(['ping', 'nslookup', 'nc', 'wget', 'curl']);

/** The programs an image has, as the shell finds them. */
function programsOf(image: string): string[] {
  return [...SHELLS, ...Object.keys(SHELL_TOOLS)].filter((p) => programExists(p, image));
}

function commandNames(ctx: CompletionContext): string[] {
  const c = ctx.currentContainer;
  return c
    ? [...BUILTINS, ...programsOf(imageContent(c))]
    : ['docker', ...BUILTINS, ...SHELLS, ...Object.keys(SHELL_TOOLS)];
}

const containers = (lab: Lab, keep: (c: Container) => boolean = () => true): string[] =>
  [...lab.containers.values()].filter(keep).map((c) => c.name);
const isRunning = (c: Container) => c.state === 'running' && !c.paused;
const networks = (lab: Lab): string[] => [...lab.networks.values()].map((n) => n.name);

/** Names of a kind; `before` holds the positionals already typed (the image or container a program is in). */
function namesOf(lab: Lab, kind: ArgKind, before: readonly string[]): string[] {
  switch (kind) {
    case 'container':
      return containers(lab);
    case 'running':
      return containers(lab, isRunning);
    case 'stopped':
      return containers(lab, (c) => c.state !== 'running');
    case 'paused':
      return containers(lab, (c) => c.state === 'running' && c.paused === true);
    case 'network':
      return networks(lab);
    case 'image':
      return [...CATALOGUE_IMAGES];
    case 'hostImage':
      return hostImages(lab).map((i) => i.repoTag);
    case 'object':
      return [...containers(lab), ...networks(lab), ...CATALOGUE_IMAGES];
    case 'networkMode':
      return [...networks(lab), 'container:'];
    case 'imageProgram':
      return programsOf(before[0] ?? '');
    case 'containerProgram': {
      const c = lab.findContainer(before[0] ?? '');
      return c ? programsOf(imageContent(c)) : [];
    }
    case 'none':
      return [];
  }
}

/** Candidates for a flag's value; `container:NAME` for a network mode once `container:` is typed. */
function valueCandidates(lab: Lab, spec: FlagSpec, value: string): { prefix: string; names: string[] } {
  const kind = own(FLAG_VALUES, spec.name);
  if (kind === undefined) return { prefix: '', names: [] };
  if (typeof kind !== 'string') return { prefix: '', names: [...kind] };
  if (kind === 'networkMode' && value.startsWith('container:'))
    return { prefix: 'container:', names: containers(lab, isRunning) };
  return { prefix: '', names: namesOf(lab, kind, []) };
}

const flagWords = (flags: readonly FlagSpec[], word: string): string[] => {
  const long = flags.flatMap((f) => [f.name, ...(f.aliases ?? [])]).map((n) => `--${n}`);
  // A lone `-` lists the short forms too; `--x` only the long ones.
  const short = word === '-' ? flags.flatMap((f) => (f.short ? [`-${f.short}`] : [])) : [];
  return [...short, ...long];
};

interface Word {
  text: string;
  start: number;
}

/**
 * The words of the simple command the cursor is in: after the last unquoted `;`, `|`, `&` or `(`,
 * split on blanks with quotes removed. The last word is the one being completed ('' after a blank).
 */
export function wordsBeforeCursor(before: string): Word[] {
  let words: Word[] = [];
  let current: Word | undefined;
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else current!.text += ch;
    } else if (ch === "'" || ch === '"') {
      current ??= { text: '', start: i };
      quote = ch;
    } else if (ch === '\\' && i + 1 < before.length) {
      current ??= { text: '', start: i };
      current.text += before[++i]!;
    } else if (ch === ' ' || ch === '\t') {
      if (current) words.push(current);
      current = undefined;
    } else if (ch === ';' || ch === '|' || ch === '&' || ch === '(' || ch === ')') {
      words = [];
      current = undefined;
    } else {
      current ??= { text: '', start: i };
      current.text += ch;
    }
  }
  words.push(current ?? { text: '', start: before.length });
  return words;
}

/** Where a docker command line stands after its complete words. */
interface DockerPosition {
  grammar: CommandGrammar;
  positionals: string[];
  /** The flag whose value the next word is. */
  pendingValue: FlagSpec | undefined;
  flagsEnded: boolean;
}

function findLong(flags: readonly FlagSpec[], name: string): FlagSpec | undefined {
  return flags.find((f) => f.name === name || (f.aliases ?? []).includes(name));
}

/** Reads the words after `docker` as its parser would, descending into subcommands. */
function walkDocker(words: readonly string[]): DockerPosition {
  const at: DockerPosition = { grammar: DOCKER_GRAMMAR, positionals: [], pendingValue: undefined, flagsEnded: false };
  for (const w of words) {
    if (at.pendingValue) {
      at.pendingValue = undefined;
      continue;
    }
    if (!at.flagsEnded && w === '--') {
      at.flagsEnded = true;
      continue;
    }
    if (!at.flagsEnded && w.startsWith('--') && w.length > 2) {
      const spec = findLong(at.grammar.flags, w.slice(2).split('=')[0]!);
      if (spec && spec.type !== 'bool' && !w.includes('=')) at.pendingValue = spec;
      continue;
    }
    if (!at.flagsEnded && w.startsWith('-') && w.length > 1) {
      // -dit, -p80:80, -p 80:80: the first letter taking a value takes the rest or the next word.
      for (let j = 1; j < w.length; j++) {
        const spec = at.grammar.flags.find((f) => f.short === w[j]);
        if (spec && spec.type !== 'bool') {
          if (j === w.length - 1) at.pendingValue = spec;
          break;
        }
      }
      continue;
    }
    const sub = at.positionals.length === 0 && at.grammar.subcommands ? own(at.grammar.subcommands, w) : undefined;
    if (sub) {
      at.grammar = sub;
      at.flagsEnded = false;
      continue;
    }
    at.positionals.push(w);
    if (!at.grammar.interspersed) at.flagsEnded = true;
  }
  return at;
}

/** Candidates for the word after `docker ...`; `start` moves past `--flag=` or `container:`. */
function dockerCandidates(lab: Lab, words: readonly string[], word: Word): Completion {
  const at = walkDocker(words);
  const plain = (candidates: string[], start = word.start, typed = word.text): Completion => ({
    start,
    word: typed,
    candidates,
  });
  if (at.pendingValue) {
    const { prefix, names } = valueCandidates(lab, at.pendingValue, word.text);
    return plain(names, word.start + prefix.length, word.text.slice(prefix.length));
  }
  if (!at.flagsEnded && word.text.startsWith('-')) {
    const eq = word.text.indexOf('=');
    if (word.text.startsWith('--') && eq > 0) {
      const spec = findLong(at.grammar.flags, word.text.slice(2, eq));
      const value = word.text.slice(eq + 1);
      if (!spec) return plain([]);
      const { prefix, names } = valueCandidates(lab, spec, value);
      return plain(names, word.start + eq + 1 + prefix.length, value.slice(prefix.length));
    }
    return plain(flagWords(at.grammar.flags, word.text));
  }
  if (at.grammar.subcommands && at.positionals.length === 0) return plain(Object.keys(at.grammar.subcommands));
  const kinds = at.grammar.args;
  const kind = kinds[Math.min(at.positionals.length, kinds.length - 1)] ?? 'none';
  return plain(namesOf(lab, kind, at.positionals));
}

const unique = (names: string[]): string[] => [...new Set(names)].sort(naturalCompare);

/**
 * Completes the word that ends at `cursor` (a UTF-16 index into line): the candidates that start
 * with what is typed, and where that word starts.
 */
export function complete(ctx: CompletionContext, line: string, cursor: number): Completion {
  const all = wordsBeforeCursor(line.slice(0, cursor));
  const word = all.at(-1)!;
  const complete = all.slice(0, -1).map((w) => w.text);
  let found: Completion;
  if (complete.length === 0) found = { start: word.start, word: word.text, candidates: commandNames(ctx) };
  else if (complete[0] === 'docker' && !ctx.currentContainer)
    found = dockerCandidates(ctx.lab, complete.slice(1), word);
  else if (HOST_ARGUMENT_TOOLS.has(complete[0]!) && !word.text.startsWith('-'))
    found = { start: word.start, word: word.text, candidates: containers(ctx.lab) };
  else found = { start: word.start, word: word.text, candidates: [] };
  return { ...found, candidates: unique(found.candidates.filter((c) => c.startsWith(found.word))) };
}

/** The longest text every candidate starts with. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * What Tab puts in place of the word: the only candidate and a space (none after `=`, `:` or `/`,
 * where more follows), else the candidates' common prefix when it is longer than the word.
 */
export function completionText(completion: Completion): string | undefined {
  const { candidates, word } = completion;
  if (candidates.length === 1) {
    const only = candidates[0]!;
    return /[=:/]$/.test(only) ? only : `${only} `;
  }
  const prefix = commonPrefix(candidates);
  return prefix.length > word.length ? prefix : undefined;
}
