// Backslash escapes as echo and printf read them. Each shell knows its own set: bash (builtins
// echo -e and printf, bash builtins/printf.def and lib/sh/strtrans.c ansicstr), dash (echo always
// and printf, dash src/bltin/printf.c conv_escape) and busybox (libbb/process_escape_sequence.c).

export type EscapeFlavour = 'bash' | 'dash' | 'busybox';

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

export interface Unescaped {
  text: string;
  /** `\c` was met: nothing more is printed (echo and printf %b stop there). */
  stop: boolean;
}

/**
 * Reads the escapes of `text`. `echoOctal`: echo's and %b's `\0NNN` (a zero, then up to three
 * octal digits); otherwise printf's format `\NNN` (one to three octal digits).
 */
export function unescape(text: string, flavour: EscapeFlavour, echoOctal: boolean): Unescaped {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[i + 1]!;
    if (next === 'c') return { text: out, stop: true };
    if ((next === 'e' || next === 'E') && flavour === 'dash') {
      out += `\\${next}`;
      i++;
      continue;
    }
    const simple = Object.hasOwn(SIMPLE, next) ? SIMPLE[next] : undefined;
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const octal = echoOctal ? /^0([0-7]{0,3})/.exec(text.slice(i + 1)) : /^([0-7]{1,3})/.exec(text.slice(i + 1));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[1] || '0', 8) & 0xff);
      i += octal[0].length;
      continue;
    }
    const hex = flavour !== 'dash' ? /^x([0-9A-Fa-f]{1,2})/.exec(text.slice(i + 1)) : null;
    if (hex) {
      out += String.fromCharCode(parseInt(hex[1]!, 16));
      i += hex[0].length;
      continue;
    }
    const unicode = flavour === 'bash' ? /^(?:u([0-9A-Fa-f]{1,4})|U([0-9A-Fa-f]{1,8}))/.exec(text.slice(i + 1)) : null;
    if (unicode) {
      const code = parseInt(unicode[1] ?? unicode[2]!, 16);
      out += code <= 0x10ffff ? String.fromCodePoint(code) : '';
      i += unicode[0].length;
      continue;
    }
    // An unknown escape is kept whole.
    out += ch;
  }
  return { text: out, stop: false };
}
