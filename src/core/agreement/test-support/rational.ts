/**
 * Exact fractions over BigInt, so tests can compute a published example's value by hand without
 * floating-point rounding and compare the implementation against it to 1e-9.
 */
export class Fraction {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint | number, den: bigint | number = 1n) {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) throw new Error('Fraction with zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    this.num = g === 0n ? 0n : n / g;
    this.den = g === 0n ? 1n : d / g;
  }

  add(o: Fraction | number): Fraction {
    const b = frac(o);
    return new Fraction(this.num * b.den + b.num * this.den, this.den * b.den);
  }
  sub(o: Fraction | number): Fraction {
    const b = frac(o);
    return new Fraction(this.num * b.den - b.num * this.den, this.den * b.den);
  }
  mul(o: Fraction | number): Fraction {
    const b = frac(o);
    return new Fraction(this.num * b.num, this.den * b.den);
  }
  div(o: Fraction | number): Fraction {
    const b = frac(o);
    return new Fraction(this.num * b.den, this.den * b.num);
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}

/** A fraction from a whole number or a fraction. */
export function frac(x: Fraction | number): Fraction {
  return x instanceof Fraction ? x : new Fraction(x);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
