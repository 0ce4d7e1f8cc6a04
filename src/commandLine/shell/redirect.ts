// Output redirections of a simple command (`>/dev/null`, `2>&1`, `>&2`, `2>/dev/null`, `&>...`),
// applied left to right over fds 1 and 2. The lab keeps no files: a redirect to a file is written
// nowhere, as far as the terminal can tell the same as a real file.
import type { Output } from '../../core/lab/output';

type Sink = 'out' | 'err' | 'null';

interface Redirects {
  argv: string[];
  fd1: Sink;
  fd2: Sink;
}

const REDIRECT = /^(\d?|&)(>>?)(&?)(.*)$/;

/** Splits redirection words off argv. */
export function parseRedirects(words: readonly string[]): Redirects {
  const out: Redirects = { argv: [], fd1: 'out', fd2: 'err' };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = REDIRECT.exec(w);
    if (!m || (m[1] === '' && !w.startsWith('>'))) {
      out.argv.push(w);
      continue;
    }
    const [, fdText, , dup, rest] = m;
    let target = rest!;
    if (target === '') target = words[++i] ?? '';
    const sink: Sink = dup ? (target === '2' ? out.fd2 : target === '1' ? out.fd1 : 'null') : 'null';
    if (fdText === '&') {
      out.fd1 = sink;
      out.fd2 = sink;
    } else if (fdText === '2') out.fd2 = sink;
    else out.fd1 = sink;
  }
  return out;
}

/** Routes a command's two streams to where fds 1 and 2 point. */
export function applyRedirects(r: Redirects, result: Output): Output {
  const routed = { out: '', err: '', null: '' };
  routed[r.fd1] += result.stdout;
  routed[r.fd2] += result.stderr;
  return { stdout: routed.out, stderr: routed.err, exitCode: result.exitCode };
}
