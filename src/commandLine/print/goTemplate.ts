// The part of Go's text/template that `docker inspect -f` users write: field paths, variables,
// `range`/`if`/`with` with `else`, parenthesised pipelines, `|`, and docker's functions as a table.
// Errors read like Go's.
import { goTypeOf } from './goTypes';
import { EMPTY_STRUCT, type JsonValue, ZERO_ADDR, goJson, isObject } from './json';
import { own } from '../../core/lab/own';

export class TemplateError extends Error {}

/** docker/cli's wrapping of a template's parse or execution error (cli/command/formatter/formatter.go, cli/command/inspect/inspector.go). */
export function templateParsingError(e: TemplateError): string {
  return `template parsing error: ${e.message}`;
}

interface FieldOperand {
  kind: 'field';
  path: string[];
}
interface LiteralOperand {
  kind: 'literal';
  value: JsonValue;
}
interface ParenOperand {
  kind: 'paren';
  pipe: Pipe;
  path: string[];
}
interface VarOperand {
  kind: 'var';
  name: string;
  path: string[];
}
type Operand = (FieldOperand | LiteralOperand | ParenOperand | VarOperand) & { pos: number; src: string };
interface Command {
  fn: string | undefined;
  args: Operand[];
  pos: number;
  src: string;
}
type Pipe = Command[];
/** A block: range (with optional `$k, $v :=`), if or with; each may have an else branch. */
interface Block {
  kind: 'range' | 'if' | 'with';
  pipe: Pipe;
  vars: string[];
  body: Node[];
  elseBody: Node[];
}
type Node = { kind: 'text'; text: string } | { kind: 'action'; pipe: Pipe; decl?: string } | Block;

type Fn = (args: JsonValue[], fail: (msg: string) => never) => JsonValue;

const str = (v: JsonValue): string => (typeof v === 'string' && v !== ZERO_ADDR ? v : formatValue(v));

/** docker/cli templates.basicFunctions plus the Go builtins the lab evaluates. */
const FUNCTIONS: Record<string, Fn> = {
  json: ([v]) => goJson(v ?? null),
  index: ([v, ...keys], fail) =>
    keys.reduce<JsonValue>((cur, k) => {
      if (Array.isArray(cur)) {
        const i = Number(k);
        if (!Number.isInteger(i) || i < 0 || i >= cur.length)
          fail(`error calling index: index out of range: ${str(k)}`);
        return cur[i]!;
      }
      if (isObject(cur)) return cur[str(k)] ?? null;
      if (cur === null) fail('error calling index: index of untyped nil');
      return fail(`error calling index: can't index item of type ${typeName(cur)}`);
    }, v ?? null),
  len: ([v], fail) =>
    Array.isArray(v) || typeof v === 'string'
      ? v.length
      : isObject(v)
        ? Object.keys(v).length
        : fail(`error calling len: len of type ${typeName(v ?? null)}`),
  upper: ([v]) => str(v ?? '').toUpperCase(),
  lower: ([v]) => str(v ?? '').toLowerCase(),
  title: ([v]) =>
    str(v ?? '').replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
  join: ([v, sep]) => (Array.isArray(v) ? v.map(str).join(str(sep ?? '')) : str(v ?? '')),
  split: ([v, sep]) => str(v ?? '').split(str(sep ?? '')),
  println: (args) => `${args.map(formatValue).join(' ')}\n`,
  print: (args) => args.map(formatValue).join(''),
  printf: ([format, ...args]) => {
    let n = 0;
    return str(format ?? '').replace(/%([svdq%])/g, (_m, verb: string) => {
      if (verb === '%') return '%';
      const v = args[n++] ?? null;
      return verb === 'q' ? JSON.stringify(str(v)) : formatValue(v);
    });
  },
  eq: ([a, ...rest]) => rest.some((b) => formatValue(a ?? null) === formatValue(b)),
  ne: ([a, b]) => formatValue(a ?? null) !== formatValue(b ?? null),
  not: ([v]) => !truth(v ?? null),
  and: (args) => args.find((v) => !truth(v)) ?? args[args.length - 1] ?? null,
  or: (args) => args.find((v) => truth(v)) ?? args[args.length - 1] ?? null,
};

/** The functions a template may call, for tests that check each one changes its input. */
export const TEMPLATE_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

/** Go's truth: false, 0, nil and empty strings, slices and maps are false. */
export function truth(v: JsonValue): boolean {
  if (v === null || v === false || v === '' || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isObject(v)) return Object.keys(v).length > 0;
  return true;
}

/** Real Go/docker functions the lab does not evaluate: named honestly instead of "not defined". */
const NOT_SIMULATED = new Set(['call', 'html', 'js', 'urlquery', 'slice', 'lt', 'le', 'gt', 'ge', 'pad', 'truncate']);
const KEYWORDS_NOT_SIMULATED = new Set(['define', 'template', 'block', 'break', 'continue']);
const BLOCK_WORDS = new Set(['range', 'if', 'with', 'else', 'end']);

function typeName(v: JsonValue): string {
  if (v === null) return 'interface {}';
  if (Array.isArray(v)) return '[]interface {}';
  if (isObject(v)) return 'map[string]interface {}';
  return typeof v === 'number' || typeof v === 'bigint' ? 'json.Number' : typeof v === 'boolean' ? 'bool' : 'string';
}

const isStructLike = (o: Record<string, JsonValue>) => {
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every((k) => /^[A-Z][A-Za-z0-9]*$/.test(k));
};

/** fmt's %v: structs as {a b}, maps as map[k:v] (sorted), slices as [a b], nil as <nil>. */
export function formatValue(v: JsonValue | undefined): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (v === ZERO_ADDR) return 'invalid IP';
  if (v === EMPTY_STRUCT) return '{}';
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  if (isObject(v)) {
    if (isStructLike(v)) return `{${Object.values(v).map(formatValue).join(' ')}}`;
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${formatValue(v[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

// --- parsing ------------------------------------------------------------------------------

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly base: number,
    private readonly line: number,
    private readonly scope: ReadonlySet<string>,
  ) {}

  /** `$k, $v :=` or `$x :=` at the start of a range or an action; [] when absent. */
  declarations(): string[] {
    const m = /^\s*(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=/.exec(this.src.slice(this.i));
    if (!m) return [];
    this.i += m[0].length;
    return [m[1]!, ...(m[2] ? [m[2]] : [])];
  }

  fail(msg: string): never {
    throw new TemplateError(`template: :${this.line}: ${msg}`);
  }

  private skipSpace(): void {
    while (this.i < this.src.length && /\s/.test(this.src[this.i]!)) this.i++;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.i >= this.src.length;
  }

  peekWord(): string {
    this.skipSpace();
    return /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.i))?.[0] ?? '';
  }

  takeWord(): string {
    const w = this.peekWord();
    this.i += w.length;
    return w;
  }

  private fieldPath(): string[] {
    const m = /^(?:\.[A-Za-z_][A-Za-z0-9_]*)+|^\./.exec(this.src.slice(this.i))!;
    this.i += m[0].length;
    return m[0] === '.' ? [] : m[0].slice(1).split('.');
  }

  private operand(): Operand | undefined {
    this.skipSpace();
    const start = this.i;
    const c = this.src[this.i];
    // Go's parser (text/template/parse operand) gives `.A.B`, `$x.A` and `(p).A` the position of the first
    // field it chains on, so that is where an execution error points; a lone term keeps its own.
    const done = <T extends FieldOperand | LiteralOperand | ParenOperand | VarOperand>(o: T, chainAt = start) => ({
      ...o,
      pos: this.base + chainAt,
      src: this.src.slice(start, this.i),
    });
    if (c === undefined || c === '|' || c === ')') return undefined;
    if (c === '.') {
      const path = this.fieldPath();
      return done({ kind: 'field', path }, path.length > 1 ? start + 1 + path[0]!.length : start);
    }
    if (c === '(') {
      this.i++;
      const pipe = this.pipeline();
      this.skipSpace();
      if (this.src[this.i] !== ')') this.fail('unclosed left paren');
      this.i++;
      const chainAt = this.i;
      const path = this.src[this.i] === '.' ? this.fieldPath() : [];
      return done({ kind: 'paren', pipe, path }, path.length > 0 ? chainAt : start);
    }
    if (c === '"' || c === '`') {
      const end = c === '`' ? this.src.indexOf('`', this.i + 1) : this.closingQuote();
      if (end < 0) this.fail(c === '`' ? 'unterminated raw quoted string' : 'unterminated quoted string');
      const text = this.src.slice(this.i, end + 1);
      this.i = end + 1;
      return done({ kind: 'literal', value: c === '`' ? text.slice(1, -1) : (JSON.parse(text) as string) });
    }
    const num = /^-?\d+(\.\d+)?/.exec(this.src.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return done({ kind: 'literal', value: Number(num[0]) });
    }
    if (c === '$') {
      const name = /^\$[A-Za-z0-9_]*/.exec(this.src.slice(this.i))![0];
      if (!this.scope.has(name)) this.fail(`undefined variable "${name}"`);
      this.i += name.length;
      const chainAt = this.i;
      const path = this.src[this.i] === '.' ? this.fieldPath() : [];
      return done({ kind: 'var', name, path }, path.length > 0 ? chainAt : start);
    }
    const word = this.peekWord();
    if (word === 'true' || word === 'false' || word === 'nil') {
      this.i += word.length;
      return done({ kind: 'literal', value: word === 'nil' ? null : word === 'true' });
    }
    if (word) return undefined;
    return this.fail(`unexpected "${c}" in operand`);
  }

  private closingQuote(): number {
    for (let j = this.i + 1; j < this.src.length; j++) {
      if (this.src[j] === '\\') j++;
      else if (this.src[j] === '"') return j;
    }
    return -1;
  }

  private command(): Command {
    this.skipSpace();
    const start = this.i;
    let fn: string | undefined;
    const word = this.peekWord();
    if (word && !['true', 'false', 'nil'].includes(word)) {
      if (KEYWORDS_NOT_SIMULATED.has(word) || BLOCK_WORDS.has(word)) this.fail(`unexpected <${word}> in command`);
      if (NOT_SIMULATED.has(word)) this.fail(`function "${word}" is not simulated by Docker Network Lab`);
      if (!own(FUNCTIONS, word)) this.fail(`function "${word}" not defined`);
      fn = this.takeWord();
    }
    const args: Operand[] = [];
    for (let o = this.operand(); o; o = this.operand()) args.push(o);
    const w = this.peekWord();
    if (w) this.fail(own(FUNCTIONS, w) ? `unexpected <${w}> in operand` : `function "${w}" not defined`);
    if (!fn && args.length === 0) this.fail('missing value for command');
    return { fn, args, pos: this.base + start, src: this.src.slice(start, this.i).trim() };
  }

  pipeline(): Pipe {
    const pipe: Pipe = [this.command()];
    this.skipSpace();
    while (this.src[this.i] === '|') {
      this.i++;
      pipe.push(this.command());
      this.skipSpace();
    }
    return pipe;
  }

  finish(): void {
    if (!this.atEnd())
      this.fail(this.src[this.i] === ')' ? 'unexpected right paren' : `unexpected "${this.src[this.i]!}" in command`);
  }
}

/** An open block while parsing: where nodes go now, and how many blocks one {{end}} closes. */
interface Open {
  block: Block;
  inElse: boolean;
  /** `else if` opens a block that the same {{end}} closes. */
  chained: boolean;
  /** Variables this block declared (visible until its end). */
  vars: string[];
}

/** Parses a template into nodes; throws TemplateError with Go's parse messages. */
export function parseTemplate(text: string): Node[] {
  const root: Node[] = [];
  const open: Open[] = [];
  const topLevel = new Set<string>(['$']);
  const target = (): Node[] => {
    const o = open[open.length - 1];
    return o ? (o.inElse ? o.block.elseBody : o.block.body) : root;
  };
  const scope = (): Set<string> => new Set([...topLevel, ...open.flatMap((o) => o.vars)]);
  let i = 0;
  let trimNext = false;
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const startBlock = (p: Parser, kind: Block['kind'], chained: boolean) => {
    const vars = kind === 'range' ? p.declarations() : [];
    const pipe = p.pipeline();
    p.finish();
    const block: Block = { kind, pipe, vars, body: [], elseBody: [] };
    target().push(block);
    open.push({ block, inElse: false, chained, vars });
  };
  while (i < text.length) {
    const at = text.indexOf('{{', i);
    let chunk = at < 0 ? text.slice(i) : text.slice(i, at);
    if (trimNext) chunk = chunk.replace(/^\s+/, '');
    const trimLeft = at >= 0 && text[at + 2] === '-' && /\s/.test(text[at + 3] ?? '');
    if (trimLeft) chunk = chunk.replace(/\s+$/, '');
    if (chunk) target().push({ kind: 'text', text: chunk });
    if (at < 0) break;
    const close = text.indexOf('}}', at + 2);
    if (close < 0) throw new TemplateError(`template: :${lineAt(at)}: unclosed action`);
    trimNext = text[close - 1] === '-' && /\s/.test(text[close - 2] ?? '');
    const innerStart = at + 2 + (trimLeft ? 2 : 0);
    const inner = text.slice(innerStart, trimNext ? close - 2 : close);
    i = close + 2;
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(inner)) continue;
    const p = new Parser(inner, innerStart, lineAt(at), scope());
    const word = p.peekWord();
    if (word === 'end') {
      p.takeWord();
      p.finish();
      if (open.length === 0) p.fail('unexpected {{end}}');
      while (open.pop()?.chained === true) {
        /* an else-if chain ends with its first block */
      }
      continue;
    }
    if (word === 'else') {
      p.takeWord();
      const top = open[open.length - 1];
      if (!top || top.inElse) {
        p.fail('unexpected {{else}}');
        continue;
      }
      top.inElse = true;
      const next = p.peekWord();
      if (next === 'if' || next === 'with') {
        p.takeWord();
        startBlock(p, next, true);
      } else p.finish();
      continue;
    }
    if (KEYWORDS_NOT_SIMULATED.has(word)) p.fail(`{{${word}}} is not simulated by Docker Network Lab`);
    if (word === 'range' || word === 'if' || word === 'with') {
      p.takeWord();
      startBlock(p, word, false);
      continue;
    }
    const decl = p.declarations();
    if (decl.length > 1) p.fail('too many declarations in command');
    const pipe = p.pipeline();
    p.finish();
    if (decl[0]) topLevel.add(decl[0]);
    target().push({ kind: 'action', pipe, ...(decl[0] ? { decl: decl[0] } : {}) });
  }
  if (open.length > 0) throw new TemplateError(`template: :${lineAt(text.length)}: unexpected EOF`);
  return root;
}

// --- execution ----------------------------------------------------------------------------

class Exec {
  /** Variable frames, innermost last; `$` is the value the template started with. */
  private readonly frames: Array<Map<string, JsonValue>> = [];

  constructor(
    private readonly text: string,
    root: JsonValue,
  ) {
    this.frames.push(new Map([['$', root]]));
  }

  private fail(pos: number, src: string, msg: string): never {
    const before = this.text.slice(0, pos);
    const line = before.split('\n').length;
    const col = line === 1 ? pos : pos - before.lastIndexOf('\n') - 1;
    throw new TemplateError(`template: :${line}:${col}: executing "" at <${src}>: ${msg}`);
  }

  private walk(value: JsonValue, path: string[], o: Operand): JsonValue {
    let cur = value;
    for (const name of path) {
      if (isObject(cur)) {
        if (!(name in cur)) {
          const goType = goTypeOf(cur);
          this.fail(
            o.pos,
            o.src,
            goType ? `can't evaluate field ${name} in type ${goType}` : `map has no entry for key "${name}"`,
          );
        }
        cur = cur[name]!;
      } else if (cur === null) this.fail(o.pos, o.src, `nil pointer evaluating interface {}.${name}`);
      else this.fail(o.pos, o.src, `can't evaluate field ${name} in type ${typeName(cur)}`);
    }
    return cur;
  }

  private variable(name: string): JsonValue {
    for (let f = this.frames.length - 1; f >= 0; f--) {
      const frame = this.frames[f]!;
      if (frame.has(name)) return frame.get(name)!;
    }
    return null;
  }

  private operand(o: Operand, dot: JsonValue): JsonValue {
    if (o.kind === 'literal') return o.value;
    if (o.kind === 'field') return this.walk(dot, o.path, o);
    if (o.kind === 'var') return this.walk(this.variable(o.name), o.path, o);
    return this.walk(this.pipe(o.pipe, dot), o.path, o);
  }

  pipe(pipe: Pipe, dot: JsonValue): JsonValue {
    let prev: JsonValue | undefined;
    for (const cmd of pipe) {
      const args = cmd.args.map((a) => this.operand(a, dot));
      if (prev !== undefined) args.push(prev);
      if (cmd.fn === undefined) {
        if (args.length > 1)
          this.fail(cmd.pos, cmd.src, `can't give argument to non-function ${cmd.args[0]?.src ?? ''}`);
        prev = args[0] ?? null;
      } else {
        prev = own(FUNCTIONS, cmd.fn)!(args, (msg) => this.fail(cmd.pos, cmd.src, msg));
      }
    }
    return prev ?? null;
  }

  private block(n: Block, dot: JsonValue): string {
    const v = this.pipe(n.pipe, dot);
    if (n.kind === 'if') return truth(v) ? this.nodes(n.body, dot) : this.nodes(n.elseBody, dot);
    if (n.kind === 'with') return truth(v) ? this.nodes(n.body, v) : this.nodes(n.elseBody, dot);
    const first = n.pipe[0]!;
    if (v === null) return this.nodes(n.elseBody, dot);
    const keyed = isObject(v) && !isStructLike(v);
    if (!Array.isArray(v) && !keyed) this.fail(first.pos, first.src, `range can't iterate over ${formatValue(v)}`);
    const entries: Array<[JsonValue, JsonValue]> = Array.isArray(v)
      ? v.map((item, i) => [i, item])
      : Object.keys(v as Record<string, JsonValue>)
          .sort()
          .map((k) => [k, (v as Record<string, JsonValue>)[k]!]);
    if (entries.length === 0) return this.nodes(n.elseBody, dot);
    let out = '';
    for (const [key, item] of entries) {
      const frame = new Map<string, JsonValue>();
      if (n.vars.length === 1) frame.set(n.vars[0]!, item);
      if (n.vars.length === 2) {
        frame.set(n.vars[0]!, key);
        frame.set(n.vars[1]!, item);
      }
      this.frames.push(frame);
      out += this.nodes(n.body, item);
      this.frames.pop();
    }
    return out;
  }

  nodes(nodes: Node[], dot: JsonValue): string {
    let out = '';
    for (const n of nodes) {
      if (n.kind === 'text') out += n.text;
      else if (n.kind === 'action') {
        const v = this.pipe(n.pipe, dot);
        if (n.decl) this.frames[this.frames.length - 1]!.set(n.decl, v);
        else out += formatValue(v);
      } else out += this.block(n, dot);
    }
    return out;
  }
}

/** Runs a parsed template over a value; throws TemplateError with Go's execution messages. */
export function executeTemplate(text: string, nodes: Node[], dot: JsonValue): string {
  return new Exec(text, dot).nodes(nodes, dot);
}
