-- p_kind 'any': every channel, brand texts included (the sender-centred index, issue 18 item 5,
-- counts the city's own brand texts beside its audiences, and its figures link to their quotes
-- with source=any). Every other p_kind behaves as in 008: null = the audience channels only.
create or replace macro audience_match(city_id, kind, grp, language, themes, value_ids, role, origin, age_band,
                                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age) as
  city_id = p_city
  and (kind <> 'brand' or p_kind = 'brand' or p_kind = 'any')
  and (p_group is null or grp = p_group)
  and (p_kind is null or p_kind = 'any' or kind = p_kind)
  and (p_lang is null or language = p_lang)
  -- p_theme: one theme id or several, comma-separated (any of them); 'unclassified' = no theme.
  -- One theme takes list_contains, 3 times faster than list_has_any over a million lists.
  and (p_theme is null
       or (list_contains(string_split(p_theme, ','), 'unclassified') and len(themes) = 0)
       or (strpos(p_theme, ',') = 0 and list_contains(themes, p_theme))
       or (strpos(p_theme, ',') > 0 and list_has_any(themes, string_split(p_theme, ','))))
  and (p_value is null or list_contains(value_ids, p_value))
  and (p_role is null or lower(role) = lower(p_role))
  and (p_origin is null or lower(origin) = lower(p_origin))
  and (p_age is null or age_band = p_age);
