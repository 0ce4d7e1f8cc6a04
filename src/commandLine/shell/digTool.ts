// dig and host (BIND 9 bind-tools, as nicolaka/netshoot installs them) over the lab's DNS: the
// embedded server at 127.0.0.11 on user-defined networks, else the host's upstream server. dig
// asks only DNS, never /etc/hosts. Docker's resolver answers with TTL 600, flags qr rd ra and no
// OPT record, names uncompressed (moby daemon/libnetwork/resolver.go createRespMsg, handleIPQuery,
// respTTL). Simplified: a name nobody knows is NXDOMAIN without the upstream's SOA, and upstream
// answers carry a TTL of 300 without their OPT record.
import { type Resolution, resolveName, upstreamServer, usesEmbeddedDns } from '../../core/kernel/dns';
import { fileOwner } from '../../core/kernel/etcFiles';
import { formatIPv4 } from '../../core/net/ipv4';
import type { ShellContext, ShellTool } from './context';

/** BIND 9 in Alpine edge, which the netshoot image builds from. */
export const DIG_VERSION = '9.20.15';

type QType = 'A' | 'AAAA';

interface Answer {
  status: 'NOERROR' | 'NXDOMAIN';
  server: string;
  records: { type: QType; data: string }[];
  ttl: number;
}

function ask(sh: ShellContext, name: string, type: QType, server?: string): Answer {
  const owner = sh.container ? fileOwner(sh.lab, sh.container) : undefined;
  const embedded = owner !== undefined && usesEmbeddedDns(sh.lab, owner);
  const found: Resolution | undefined = resolveName(sh.lab, sh.container, name.replace(/\.$/, ''), false);
  const asked = server ?? (embedded ? '127.0.0.11' : upstreamServer(sh.lab, sh.container));
  const ttl = found?.via === 'embedded' ? 600 : 300;
  if (!found || found.via === 'literal') return { status: 'NXDOMAIN', server: asked, records: [], ttl };
  const data = type === 'A' ? found.ips.map(formatIPv4) : (found.ips6 ?? []);
  return { status: 'NOERROR', server: asked, records: data.map((d) => ({ type, data: d })), ttl };
}

/**
 * Fields laid out at dns_master_style columns (dig.c: TTL at 24, class 32, type 40, data 48): each
 * field is followed by tabs (8 columns wide) up to the next field's column, at least one.
 */
function columns(fields: readonly string[], at: readonly number[]): string {
  let out = '';
  let col = 0;
  fields.forEach((field, i) => {
    out += field;
    col += field.length;
    const target = at[i];
    if (target === undefined) return;
    do {
      out += '\t';
      col = (Math.floor(col / 8) + 1) * 8;
    } while (col < target);
  });
  return out;
}

/** A name's wire length: each label with its length byte, then the root. */
const wireLength = (fqdn: string): number => (fqdn === '.' ? 1 : new TextEncoder().encode(fqdn).length + 1);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** strftime "%a %b %d %H:%M:%S %Z %Y" in UTC, dig's ;; WHEN: line. */
function when(seconds: number): string {
  const d = new Date(seconds * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]!} ${MONTHS[d.getUTCMonth()]!} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** A stable query ID per question and moment, so transcripts repeat. */
function queryId(name: string, now: number): number {
  let h = 2166136261;
  for (const ch of `${name}@${now}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % 65536;
}

interface DigOptions {
  name: string;
  type: QType;
  server?: string;
  short: boolean;
  /** +noall +answer: only the answer records. */
  answerOnly: boolean;
  args: string[];
}

function parseDig(argv: readonly string[]): DigOptions {
  const o: DigOptions = { name: '.', type: 'A', short: false, answerOnly: false, args: [] };
  let noall = false;
  let answer = false;
  let named = false;
  for (const a of argv.slice(1)) {
    if (a.startsWith('@')) o.server = a.slice(1);
    else if (a === '+short') o.short = true;
    else if (a === '+noall') noall = true;
    else if (a === '+answer') answer = true;
    else if (a.startsWith('+')) continue;
    else if (/^(a|aaaa)$/i.test(a) && named) o.type = a.toUpperCase() as QType;
    else if (!named) {
      o.name = a;
      named = true;
    }
    o.args.push(a);
  }
  o.answerOnly = noall && answer;
  return o;
}

export const digTool: ShellTool = (sh, argv) => {
  const o = parseDig(argv);
  const fqdn = o.name.endsWith('.') ? o.name : `${o.name}.`;
  const a = ask(sh, o.name, o.type, o.server);
  const record = (r: { type: QType; data: string }) =>
    `${columns([fqdn, String(a.ttl), 'IN', r.type, r.data], [24, 32, 40, 48])}\n`;
  if (o.short) return { stdout: a.records.map((r) => `${r.data}\n`).join(''), stderr: '', exitCode: 0 };
  if (o.answerOnly) return { stdout: a.records.map(record).join(''), stderr: '', exitCode: 0 };
  const size =
    12 + wireLength(fqdn) + 4 + a.records.reduce((n, r) => n + wireLength(fqdn) + 10 + (r.type === 'A' ? 4 : 16), 0);
  const lines = [
    '',
    `; <<>> DiG ${DIG_VERSION} <<>> ${o.args.join(' ')}`,
    ';; global options: +cmd',
    ';; Got answer:',
    `;; ->>HEADER<<- opcode: QUERY, status: ${a.status}, id: ${queryId(fqdn, sh.lab.now)}`,
    `;; flags: qr rd ra; QUERY: 1, ANSWER: ${a.records.length}, AUTHORITY: 0, ADDITIONAL: 0`,
    '',
    ';; QUESTION SECTION:',
    columns([`;${fqdn}`, 'IN', o.type], [32, 40]),
    '',
  ];
  if (a.records.length > 0) lines.push(';; ANSWER SECTION:', ...a.records.map((r) => record(r).slice(0, -1)), '');
  lines.push(
    ';; Query time: 0 msec',
    `;; SERVER: ${a.server}#53(${a.server}) (UDP)`,
    `;; WHEN: ${when(sh.lab.now)}`,
    `;; MSG SIZE  rcvd: ${size}`,
    '',
    '',
  );
  return { stdout: lines.join('\n'), stderr: '', exitCode: 0 };
};

/** host NAME: its A and AAAA records in words (bin/dig/host.c), or `not found: 3(NXDOMAIN)`. */
export const hostTool: ShellTool = (sh, argv) => {
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (name === undefined)
    return { stdout: '', stderr: 'Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n', exitCode: 1 };
  const v4 = ask(sh, name, 'A');
  if (v4.status === 'NXDOMAIN') return { stdout: `Host ${name} not found: 3(NXDOMAIN)\n`, stderr: '', exitCode: 1 };
  const v6 = ask(sh, name, 'AAAA');
  const out = [
    ...v4.records.map((r) => `${name} has address ${r.data}\n`),
    ...v6.records.map((r) => `${name} has IPv6 address ${r.data}\n`),
  ];
  return { stdout: out.join(''), stderr: '', exitCode: 0 };
};
