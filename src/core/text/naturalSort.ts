// fvbommel/sortorder natural.go NaturalLess, which the docker CLI sorts names and port lines with
// (cli/command/network/formatter.go, cli/command/container/port.go).

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** fvbommel/sortorder NaturalLess: digit runs compare as numbers and sort before other characters. */
function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i]!;
    const cb = b[j]!;
    const da = isDigit(ca);
    const db = isDigit(cb);
    if (da !== db) return da;
    if (!da) {
      if (ca !== cb) return ca < cb;
      i++;
      j++;
      continue;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    const startA = i;
    const startB = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    const na = a.slice(startA, i);
    const nb = b.slice(startB, j);
    if (na.length !== nb.length) return na.length < nb.length;
    if (na !== nb) return na < nb;
    if (startA !== startB) return startA < startB;
  }
  return a.length < b.length;
}

/** NaturalLess as a comparator for Array.prototype.sort. */
export function naturalCompare(a: string, b: string): number {
  return naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0;
}
