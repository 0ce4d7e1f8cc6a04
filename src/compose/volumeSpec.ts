// A service volume's short syntax (`data:/var/lib:ro`, `./app:/app`, `/cache`) as compose-go
// reads it: format/volume.go ParseVolume (fields split on `:` outside `${...}`, a Windows drive
// letter kept with its path, options ro/rw/nocopy and the bind options, unknown options ignored),
// populateType (a source starting with `.`, `/` or `~` is a bind that creates its host path), and
// transform/volume.go cleanTarget (path.Clean on the target).

export interface VolumeSpec {
  type: 'bind' | 'volume';
  source: string;
  target: string;
  readOnly: boolean;
  bind?: { createHostPath: boolean; propagation: string; selinux: string };
  volume?: { nocopy: boolean; subpath: string };
}

/** A short-syntax spec compose-go refuses, in its words (`invalid spec: X: too many colons`). */
export class VolumeSpecError extends Error {}

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);
const SELINUX = new Set(['z', 'Z']);

/** Go's path.Clean: `.` and `..` folded, repeated and trailing slashes dropped; '' stays '' (cleanTarget). */
export function cleanPath(path: string): string {
  if (path === '') return '';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** isWindowsDrive: a `:` right after a single letter belongs to the path (`C:\data`). */
const isWindowsDrive = (buffer: string, char: string) => char === ':' && buffer.length === 1 && isLetter(buffer);

/** isFilePath: relative, absolute and home paths, Windows pipes (`\\`) and drives. */
function isFilePath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0]!)) return true;
  if (source.startsWith('\\\\')) return true;
  const first = [...source][0]!;
  return source.length > first.length && isWindowsDrive(first, source[first.length]!);
}

function setOptions(text: string, v: VolumeSpec): void {
  for (const option of text.split(',')) {
    if (option === 'ro') v.readOnly = true;
    else if (option === 'rw') v.readOnly = false;
    else if (option === 'nocopy') v.volume = { nocopy: true, subpath: '' };
    else if (PROPAGATIONS.has(option) || SELINUX.has(option)) {
      v.bind ??= { createHostPath: false, propagation: '', selinux: '' };
      if (PROPAGATIONS.has(option)) v.bind.propagation = option;
      else v.bind.selinux = option;
    }
    // compose-go ignores any other option ("FIXME why not report an error here?").
  }
}

/** populateType: a file path makes a bind (creating its host path), anything else a volume. */
function populateType(v: VolumeSpec): void {
  if (isFilePath(v.source)) {
    v.type = 'bind';
    v.bind ??= { createHostPath: false, propagation: '', selinux: '' };
    v.bind.createHostPath = true;
  } else {
    v.type = 'volume';
    v.volume ??= { nocopy: false, subpath: '' };
  }
}

/** ParseVolume, then cleanTarget. Throws VolumeSpecError with compose-go's message. */
export function parseVolumeSpec(spec: string): VolumeSpec {
  const v: VolumeSpec = { type: 'volume', source: '', target: '', readOnly: false };
  if (spec.length === 0) throw new VolumeSpecError('invalid empty volume spec');
  // Go's len() counts bytes: one or two bytes are a bare target.
  if (new TextEncoder().encode(spec).length <= 2) return { ...v, target: cleanPath(spec) };
  let buffer = '';
  let depth = 0;
  const chars = [...spec, ''];
  let targetSet = false;
  const flush = (atEnd: boolean) => {
    if (buffer === '') throw new VolumeSpecError(`invalid spec: ${spec}: empty section between colons`);
    if (v.source === '' && atEnd) {
      v.target = buffer;
      targetSet = true;
    } else if (v.source === '') v.source = buffer;
    else if (!targetSet) {
      v.target = buffer;
      targetSet = true;
    } else if (!atEnd) throw new VolumeSpecError(`invalid spec: ${spec}: too many colons`);
    else setOptions(buffer, v);
  };
  chars.forEach((char, i) => {
    if (char === '$' && chars[i + 1] === '{') {
      depth++;
      buffer += char;
    } else if (char === '}' && depth > 0) {
      depth--;
      buffer += char;
    } else if (isWindowsDrive(buffer, char)) buffer += char;
    else if ((char === ':' || char === '') && depth === 0) {
      flush(char === '');
      buffer = '';
    } else buffer += char;
  });
  populateType(v);
  v.target = cleanPath(v.target);
  return v;
}
