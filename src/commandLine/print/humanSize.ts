// go-units HumanSizeWithPrecision: decimal units (1000), `%.*g` with the given significant digits.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Go's %.Ng: N significant digits, trailing zeros dropped, exponent form from 10^N up. */
function goG(value: number, precision: number): string {
  if (value !== 0 && Math.abs(value) >= 10 ** precision) {
    const [mantissa, exponent] = value.toExponential(precision - 1).split('e');
    const m = mantissa!.includes('.') ? mantissa!.replace(/0+$/, '').replace(/\.$/, '') : mantissa!;
    const e = Number(exponent);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const fixed = value.toPrecision(precision);
  if (fixed.includes('e')) return goG(Number(fixed), precision);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** units.HumanSizeWithPrecision(size, precision): `279MB`, `4.43MB`, `20.3kB`. */
export function humanSize(size: number, precision = 3): string {
  let unit = 0;
  while (size >= 1000 && unit < UNITS.length - 1) {
    size /= 1000;
    unit++;
  }
  return `${goG(size, precision)}${UNITS[unit]!}`;
}
