// A small seeded generator (splitmix32): the lab's IDs, MACs and names depend only on the seed.

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  get seedState(): number {
    return this.state;
  }

  set seedState(value: number) {
    this.state = value >>> 0;
  }

  next32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }

  below(n: number): number {
    return this.next32() % n;
  }

  hex(chars: number): string {
    let out = '';
    while (out.length < chars) out += this.next32().toString(16).padStart(8, '0');
    return out.slice(0, chars);
  }

  /** A locally administered unicast MAC, as Engine >= 28 gives bridge endpoints. */
  mac(): string {
    const bytes = [(this.below(256) & 0xfc) | 0x02, ...Array.from({ length: 5 }, () => this.below(256))];
    return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
  }
}
