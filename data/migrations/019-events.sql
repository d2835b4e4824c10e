-- Events on the timeline (issue 19 item 6): dated things that happened in a city (a campaign
-- launch, a policy change), marked by an analyst, drawn on Trends and compared before and after.
-- ids are max(id) + 1 inside the single-writer queue, as for corrections (no sequence: a backup
-- restored by IMPORT DATABASE would need its state too)
create table events (
  id         integer primary key,
  city_id    integer not null,
  date       date not null,
  title      varchar not null,
  note       varchar,
  created_by varchar,
  created_at timestamp not null default current_timestamp
);

-- The change in net sentiment between two independent samples (the window after an event, a, and
-- the one before it, b), in points, with a 95% interval: each net's Bonett–Price interval
-- (migration 012) is centre_i ± 1.96·se_i with centre_i = 100·(pos − neg)/(n + 2); two independent
-- samples' variances add, so the change is (centre_a − centre_b) ± √(hw_a² + hw_b²), hw_i = 1.96·se_i,
-- clamped to [−200, 200] points. The point estimate stays the plain N_a − N_b. Null when either
-- window has no scored segment.
create or replace macro net_diff_halfwidth(pos_a, neg_a, n_a, pos_b, neg_b, n_b) as
  sqrt(power(net_halfwidth(pos_a, neg_a, n_a), 2) + power(net_halfwidth(pos_b, neg_b, n_b), 2));
create or replace macro net_diff_low(pos_a, neg_a, n_a, pos_b, neg_b, n_b) as
  case when n_a = 0 or n_b = 0 then null
       else greatest(100.0 * (pos_a - neg_a) / (n_a + 2.0) - 100.0 * (pos_b - neg_b) / (n_b + 2.0)
                     - net_diff_halfwidth(pos_a, neg_a, n_a, pos_b, neg_b, n_b), -200) end;
create or replace macro net_diff_high(pos_a, neg_a, n_a, pos_b, neg_b, n_b) as
  case when n_a = 0 or n_b = 0 then null
       else least(100.0 * (pos_a - neg_a) / (n_a + 2.0) - 100.0 * (pos_b - neg_b) / (n_b + 2.0)
                  + net_diff_halfwidth(pos_a, neg_a, n_a, pos_b, neg_b, n_b), 200) end;
