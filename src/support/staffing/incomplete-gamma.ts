// The gamma function's logarithm and the regularized incomplete gamma functions, which Erlang A's
// closed forms need. Written here rather than taken from a package: the project keeps its dependencies
// few, and the two classic algorithms (series below a + 1, continued fraction above) are short and
// well understood (Press et al., Numerical Recipes, 3rd ed., section 6.2).

// Lanczos approximation, g = 7, n = 9: about 15 significant digits for positive arguments.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

const EPSILON = 1e-16;
// Both iterations need about sqrt(a) steps near z = a; this bound only stops a runaway on absurd input.
const MAX_ITERATIONS = 10_000_000;
const TINY = 1e-300;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs a positive argument, got ${x}`);
  // Below 0.5 the approximation loses digits; Γ(x) = Γ(x + 1) / x keeps them.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const shifted = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (shifted + i);
  const t = shifted + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Σ_{n≥0} z^n / ((a+1)(a+2)…(a+n)), the series for P(a, z) without its prefactor. */
function lowerSeriesSum(a: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    term *= z / (a + n);
    sum += term;
    if (term < sum * EPSILON) return sum;
  }
  throw new RangeError(`incomplete gamma series did not converge for a=${a}, z=${z}`);
}

/** The continued fraction for Q(a, z) without its prefactor (modified Lentz), for z ≥ a + 1. */
function upperContinuedFraction(a: number, z: number): number {
  let b = z + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new RangeError(`incomplete gamma continued fraction did not converge for a=${a}, z=${z}`);
}

function checkArguments(a: number, z: number): void {
  if (!(a > 0) || !Number.isFinite(a)) throw new RangeError(`incomplete gamma needs a > 0, got ${a}`);
  if (!(z >= 0) || !Number.isFinite(z)) throw new RangeError(`incomplete gamma needs z ≥ 0, got ${z}`);
}

/** Regularized lower incomplete gamma P(a, z) = γ(a, z) / Γ(a). */
export function regularizedGammaP(a: number, z: number): number {
  checkArguments(a, z);
  if (z === 0) return 0;
  if (z < a + 1) return Math.exp(-z + a * Math.log(z) - logGamma(a + 1)) * lowerSeriesSum(a, z);
  return 1 - regularizedGammaQ(a, z);
}

/** Regularized upper incomplete gamma Q(a, z) = 1 - P(a, z). */
export function regularizedGammaQ(a: number, z: number): number {
  checkArguments(a, z);
  if (z < a + 1) return 1 - regularizedGammaP(a, z);
  return Math.exp(-z + a * Math.log(z) - logGamma(a)) * upperContinuedFraction(a, z);
}

/**
 * ln M(a, z) where M(a, z) = Γ(a + 1) e^z z^(-a) P(a, z) = Σ_{n≥0} z^n / ((a+1)…(a+n)).
 *
 * M is the quantity queueing formulas actually use, and it spans hundreds of orders of magnitude
 * (about e^z when z ≫ a), so it is returned as a logarithm and never formed from P and its prefactor
 * when those would overflow and underflow against each other.
 */
export function logScaledLowerGamma(a: number, z: number): number {
  checkArguments(a, z);
  if (z === 0) return 0;
  if (z < a + 1) return Math.log(lowerSeriesSum(a, z));
  const q = Math.exp(-z + a * Math.log(z) - logGamma(a)) * upperContinuedFraction(a, z);
  return logGamma(a + 1) + z - a * Math.log(z) + Math.log1p(-q);
}
