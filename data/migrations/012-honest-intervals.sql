-- Intervals that stay honest at small n and at 0% / 100% (replacing 002's plain Wald net interval,
-- which collapsed to "+100 to +100" at n = 2, and clamping 003's Wilson bounds to [0, 1]).
--
-- Net sentiment N = p − q, p = pos/n and q = neg/n of ONE sample (every scored segment is
-- positive, negative or neither): a difference of two cells of one multinomial, the same shape as
-- a paired difference of proportions (n12 − n21)/n. For it we use the Bonett–Price adjusted Wald
-- interval (Bonett & Price 2012, "Adjusted Wald confidence interval for a difference of binomial
-- proportions based on paired data"; the paired form of Agresti–Caffo's add-ones rule):
--   p̃ = (pos + 1)/(n + 2), q̃ = (neg + 1)/(n + 2), ñ = n + 2
--   N ∈ (p̃ − q̃) ± 1.96·√((p̃ + q̃ − (p̃ − q̃)²)/ñ), clamped to [−100, 100] points.
-- Why this one: it is a closed form over the counts the facts already hold (SQL macro, no
-- root-finding, unlike a score interval for a multinomial difference); its coverage stays near 95%
-- down to n of about 10 and it never has zero width — 2 of 2 positive gives −34.9 to +100, not
-- +100 to +100; with no neutral segments it is close to the Wilson interval of p mapped to 2p − 1.
-- The point estimate N stays the plain (pos − neg)/n; only the interval is adjusted.
-- NPS (% promoters − % detractors of one sample) is the same shape and uses the same macros.
create or replace macro net_halfwidth(pos, neg, n) as
  case when n = 0 then null
       else 196.0 * sqrt(greatest(((pos + neg + 2.0) / (n + 2.0)) - power((pos - neg) / (n + 2.0), 2), 0) / (n + 2.0)) end;

create or replace macro net_low(pos, neg, n) as
  case when n = 0 then null
       else greatest(100.0 * (pos - neg) / (n + 2.0) - net_halfwidth(pos, neg, n), -100) end;
create or replace macro net_high(pos, neg, n) as
  case when n = 0 then null
       else least(100.0 * (pos - neg) / (n + 2.0) + net_halfwidth(pos, neg, n), 100) end;

-- Wilson score interval (95%, z = 1.96) for a share k/n, as in 003, clamped to [0, 1] so that
-- floating point cannot give a bound of −0.0000001 at k = 0 or 1.0000001 at k = n.
create or replace macro wilson_low(k, n) as
  case when n = 0 then null else greatest(0.0,
    ((k / n) + 1.9208 / n - 1.96 * sqrt(greatest((k / n) * (1 - k / n) / n + 0.9604 / (n * n), 0))) / (1 + 3.8416 / n)) end;
create or replace macro wilson_high(k, n) as
  case when n = 0 then null else least(1.0,
    ((k / n) + 1.9208 / n + 1.96 * sqrt(greatest((k / n) * (1 - k / n) / n + 0.9604 / (n * n), 0))) / (1 + 3.8416 / n)) end;
