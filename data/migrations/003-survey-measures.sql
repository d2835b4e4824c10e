-- Survey measures: Wilson score interval bounds (95%, z = 1.96) for a share k/n.
create or replace macro wilson_low(k, n) as
  case when n = 0 then null else
    ((k / n) + 1.9208 / n - 1.96 * sqrt((k / n) * (1 - k / n) / n + 0.9604 / (n * n))) / (1 + 3.8416 / n) end;

create or replace macro wilson_high(k, n) as
  case when n = 0 then null else
    ((k / n) + 1.9208 / n + 1.96 * sqrt((k / n) * (1 - k / n) / n + 0.9604 / (n * n))) / (1 + 3.8416 / n) end;
