-- The measures of DOMAIN.md, defined once as macros so every query computes them the same way.

-- Audience segments of a city under the shared filters: no moderator turns, and brand texts only
-- when asked for explicitly (p_kind = 'brand'). A null parameter means "no filter".
create or replace macro audience_segments(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select s.*
  from segments s
  where s.city_id = p_city
    and (s.kind <> 'brand' or p_kind = 'brand')
    and not s.moderator
    and (p_group is null or s.grp = p_group)
    and (p_kind is null or s.kind = p_kind)
    and (p_from is null or s.date >= p_from::TIMESTAMP)
    and (p_to is null or s.date < p_to::TIMESTAMP)
    and (p_lang is null or s.language = p_lang)
    -- p_theme: one theme id or several, comma-separated (any of them); 'unclassified' = no theme
    and (p_theme is null
         or (list_contains(string_split(p_theme, ','), 'unclassified') and len(s.themes) = 0)
         or list_has_any(s.themes, string_split(p_theme, ',')))
    and (p_value is null or list_contains(s.value_ids, p_value))
    and (p_role is null or lower(s.role) = lower(p_role))
    and (p_origin is null or lower(s.origin) = lower(p_origin))
    and (p_age is null or s.age_band = p_age);

-- Net sentiment in points: (% positive − % negative) of scored segments.
create or replace macro net_points(pos, neg, n) as
  case when n = 0 then null else 100.0 * (pos - neg) / n end;

-- Half-width of the 95% interval of the net, from the variance of a difference of two
-- multinomial proportions: Var(p − q) = (p + q − (p − q)²) / n.
create or replace macro net_halfwidth(pos, neg, n) as
  case when n = 0 then null
       else 196.0 * sqrt(greatest(((pos + neg) / n) - power((pos - neg) / n, 2), 0) / n) end;

-- The interval's bounds, clamped to [−100, 100]; null when nothing is scored (greatest() and
-- least() skip nulls, so the clamp must not see a null net).
create or replace macro net_low(pos, neg, n) as
  case when n = 0 then null else greatest(net_points(pos, neg, n) - net_halfwidth(pos, neg, n), -100) end;
create or replace macro net_high(pos, neg, n) as
  case when n = 0 then null else least(net_points(pos, neg, n) + net_halfwidth(pos, neg, n), 100) end;
