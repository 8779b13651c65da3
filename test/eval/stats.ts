/** P(a random `hi` value is above a random `lo` one), ties counting half. */
export function auc(hi: number[], lo: number[]): number {
  if (hi.length === 0 || lo.length === 0) return Number.NaN;
  let wins = 0;
  for (const h of hi) for (const l of lo) wins += h > l ? 1 : h === l ? 0.5 : 0;
  return wins / (hi.length * lo.length);
}

/** Kendall's tau-b (ties in either variable corrected). */
export function kendallTauB(x: number[], y: number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denom = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denom === 0 ? 0 : (concordant - discordant) / denom;
}
