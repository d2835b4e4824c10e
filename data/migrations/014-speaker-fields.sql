-- Speaker fields (DOMAIN.md "Speaker fields", issue 18): who speaks, as breakdown axes everywhere.
--   origin  eu | non_eu | local | unknown           (normalised at ingest, ingest/speaker/origin.ts)
--   role    student | researcher | professional | entrepreneur | partner | refugee | other | unknown,
--           mapped from the free-text answer (role_raw) by role_terms, which the analyst edits
--   stay    lt1 | 1_2 | 3_5 | gt5 | born_here | unknown
--   stage   before_arrival | first_year | settled | left | unknown (answered, else derived from stay)
--   voice   official | partner | user (source kind, official_handles, the upload option)
-- Stored on segments and on documents (survey answers break down by respondent) and counted in the
-- facts, so a breakdown sums facts rows like every other figure.

alter table segments add column role_raw varchar;
alter table segments add column stay varchar;
alter table segments add column stage varchar;
alter table segments add column voice varchar;

alter table documents add column role varchar;
alter table documents add column role_raw varchar;
alter table documents add column origin varchar;
alter table documents add column stay varchar;
alter table documents add column stage varchar;
alter table documents add column voice varchar;

-- The analyst's mapping from answer words to a role: an answer takes the role of the longest term
-- it contains as whole words ("phd student" beats "student"). Terms are stored normalised
-- (normal_answer). Seeded with en/nl/de/fr words; edited through PUT /api/role-mapping.
create table role_terms (
  term       varchar primary key,
  role       varchar not null,
  edited_by  varchar,
  edited_at  timestamp
);

-- Social handles that speak for the city (official) or its partners (universities, employers,
-- welcome centres), per city; stored as given (public institutional accounts, not personal data).
create table official_handles (
  city_id integer not null,
  handle  varchar not null,              -- lower case, no leading @
  voice   varchar not null,              -- official | partner
  primary key (city_id, handle)
);

-- Lower case, accents stripped, every run of non-letters one space: "Étudiant(e)" → "etudiant e".
create or replace macro normal_answer(t) as
  trim(regexp_replace(strip_accents(lower(t)), '[^a-z0-9]+', ' ', 'g'));

-- The role of a free-text answer, or null when no term matches (an unmapped answer). Pass a
-- qualified column (segments.role, not role): the argument is expanded inside a subquery over
-- role_terms, where a bare `role` or `term` would name role_terms' own columns.
create or replace macro role_match(raw) as
  (select r.role from role_terms r
   where contains(' ' || normal_answer(raw) || ' ', ' ' || r.term || ' ')
   order by length(r.term) desc, r.term limit 1);

insert into role_terms (term, role) values
  -- student
  ('student', 'student'), ('students', 'student'), ('studying', 'student'), ('bachelor student', 'student'),
  ('master student', 'student'), ('exchange student', 'student'), ('studente', 'student'), ('studeren', 'student'),
  ('studentin', 'student'), ('studierende', 'student'), ('studierender', 'student'), ('etudiant', 'student'),
  ('etudiante', 'student'), ('etudiants', 'student'), ('eleve', 'student'),
  -- researcher / academic
  ('researcher', 'researcher'), ('research', 'researcher'), ('academic', 'researcher'), ('academic staff', 'researcher'),
  ('phd', 'researcher'), ('phd student', 'researcher'), ('phd candidate', 'researcher'), ('postdoc', 'researcher'),
  ('professor', 'researcher'), ('lecturer', 'researcher'), ('scientist', 'researcher'), ('onderzoeker', 'researcher'),
  ('promovendus', 'researcher'), ('wetenschapper', 'researcher'), ('docent', 'researcher'), ('hoogleraar', 'researcher'),
  ('forscher', 'researcher'), ('forscherin', 'researcher'), ('doktorand', 'researcher'), ('doktorandin', 'researcher'),
  ('wissenschaftler', 'researcher'), ('wissenschaftlerin', 'researcher'), ('professorin', 'researcher'),
  ('chercheur', 'researcher'), ('chercheuse', 'researcher'), ('doctorant', 'researcher'), ('doctorante', 'researcher'),
  ('enseignant chercheur', 'researcher'), ('professeur', 'researcher'),
  -- professional (highly skilled)
  ('professional', 'professional'), ('employee', 'professional'), ('employed', 'professional'), ('engineer', 'professional'),
  ('highly skilled', 'professional'), ('knowledge migrant', 'professional'), ('expat', 'professional'),
  ('working', 'professional'), ('werknemer', 'professional'), ('werkend', 'professional'), ('kennismigrant', 'professional'),
  ('in loondienst', 'professional'), ('angestellt', 'professional'), ('angestellte', 'professional'),
  ('angestellter', 'professional'), ('fachkraft', 'professional'), ('berufstatig', 'professional'),
  ('arbeitnehmer', 'professional'), ('salarie', 'professional'), ('salariee', 'professional'), ('cadre', 'professional'),
  ('professionnel', 'professional'), ('ingenieur', 'professional'),
  -- entrepreneur
  ('entrepreneur', 'entrepreneur'), ('founder', 'entrepreneur'), ('self employed', 'entrepreneur'),
  ('freelance', 'entrepreneur'), ('freelancer', 'entrepreneur'), ('business owner', 'entrepreneur'),
  ('start up', 'entrepreneur'), ('startup', 'entrepreneur'), ('ondernemer', 'entrepreneur'), ('zzp', 'entrepreneur'),
  ('zzper', 'entrepreneur'), ('zelfstandige', 'entrepreneur'), ('unternehmer', 'entrepreneur'),
  ('unternehmerin', 'entrepreneur'), ('selbststandig', 'entrepreneur'), ('selbstandig', 'entrepreneur'),
  ('grunder', 'entrepreneur'), ('grunderin', 'entrepreneur'), ('auto entrepreneur', 'entrepreneur'),
  ('independant', 'entrepreneur'), ('entrepreneuse', 'entrepreneur'),
  -- accompanying partner
  ('accompanying partner', 'partner'), ('partner', 'partner'), ('spouse', 'partner'), ('trailing spouse', 'partner'),
  ('meereizende partner', 'partner'), ('echtgenoot', 'partner'), ('echtgenote', 'partner'),
  ('mitreisende partnerin', 'partner'), ('mitreisender partner', 'partner'), ('ehepartner', 'partner'),
  ('ehepartnerin', 'partner'), ('partnerin', 'partner'), ('conjoint', 'partner'), ('conjointe', 'partner'),
  ('epoux', 'partner'), ('epouse', 'partner'), ('partenaire', 'partner'),
  -- refugee / asylum
  ('refugee', 'refugee'), ('asylum', 'refugee'), ('asylum seeker', 'refugee'), ('status holder', 'refugee'),
  ('vluchteling', 'refugee'), ('asielzoeker', 'refugee'), ('statushouder', 'refugee'), ('fluchtling', 'refugee'),
  ('gefluchtete', 'refugee'), ('gefluchteter', 'refugee'), ('asylbewerber', 'refugee'), ('asylbewerberin', 'refugee'),
  ('refugie', 'refugee'), ('refugiee', 'refugee'), ('demandeur d asile', 'refugee'), ('demandeuse d asile', 'refugee'),
  -- other
  ('other', 'other'), ('retired', 'other'), ('pensioner', 'other'), ('unemployed', 'other'), ('homemaker', 'other'),
  ('anders', 'other'), ('overig', 'other'), ('gepensioneerd', 'other'), ('werkloos', 'other'),
  ('sonstiges', 'other'), ('andere', 'other'), ('rentner', 'other'), ('rentnerin', 'other'), ('ruhestand', 'other'),
  ('arbeitslos', 'other'), ('autre', 'other'), ('retraite', 'other'), ('retraitee', 'other'), ('chomeur', 'other'),
  ('chomeuse', 'other');

-- Rows written before this migration: the old free text becomes role_raw, origin keeps what
-- 'EU' / 'non-EU' said (a country answer needs the country table and is read again at re-ingest).
-- (qualified: inside role_match's subquery a bare `role` would be role_terms.role)
update segments set role_raw = role,
  role = coalesce(role_match(segments.role), 'unknown'),
  origin = case when origin = 'EU' then 'eu' when origin = 'non-EU' then 'non_eu' else 'unknown' end,
  stay = 'unknown', stage = 'unknown',
  voice = case when kind = 'brand' then 'official' else 'user' end;
update documents set role_raw = attrs ->> 'role',
  role = coalesce(role_match(attrs ->> 'role'), 'unknown'),
  origin = case when attrs ->> 'origin' = 'EU' then 'eu' when attrs ->> 'origin' = 'non-EU' then 'non_eu' else 'unknown' end,
  stay = 'unknown', stage = 'unknown',
  voice = case when kind = 'brand' then 'official' else 'user' end;

-- The facts count the new fields too (appended last: writers insert by name, server/db/facts.ts).
alter table segment_facts add column stay varchar;
alter table segment_facts add column stage varchar;
alter table segment_facts add column voice varchar;
alter table month_facts add column stay varchar;
alter table month_facts add column stage varchar;
alter table month_facts add column voice varchar;

create or replace macro segment_counts(p_city, p_after, p_grain) as table
  select city_id, kind, grp, date_trunc(p_grain, date)::DATE as day, language, role, origin, age_band,
         themes, value_ids,
         count(*)::INTEGER as n, count(sentiment)::INTEGER as scored,
         (count(*) filter (where label = 'positive'))::INTEGER as pos,
         (count(*) filter (where label = 'negative'))::INTEGER as neg,
         coalesce(sum(round(sentiment * 1000)::BIGINT), 0)::BIGINT as sum_ms,
         coalesce(sum(power(round(sentiment * 1000)::BIGINT, 2)::BIGINT), 0)::BIGINT as sum_ms2,
         stay, stage, voice
  from segments
  where (p_city is null or city_id = p_city) and id > p_after and not moderator
  group by all;

delete from segment_facts;
insert into segment_facts by name select * from segment_counts(NULL, 0, 'day');
delete from month_facts;
insert into month_facts by name select * rename (day as month) from segment_counts(NULL, 0, 'month');
delete from term_facts;
insert into term_facts select * from term_counts(NULL, 0);

-- The speaker filters stay, stage and voice, as optional named parameters (p_stay := …) so every
-- existing caller keeps its eleven positional ones.
create or replace macro speaker_match(stay, stage, voice, p_stay, p_stage, p_voice) as
  (p_stay is null or stay = p_stay) and (p_stage is null or stage = p_stage) and (p_voice is null or voice = p_voice);

create or replace macro audience_segments(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age,
                                          p_stay := NULL, p_stage := NULL, p_voice := NULL) as table
  select s.*
  from segments s
  where audience_match(s.city_id, s.kind, s.grp, s.language, s.themes, s.value_ids, s.role, s.origin, s.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and speaker_match(s.stay, s.stage, s.voice, p_stay, p_stage, p_voice)
    and not s.moderator
    and (p_from is null or s.date >= p_from::TIMESTAMP)
    and (p_to is null or s.date < p_to::TIMESTAMP);

create or replace macro audience_facts(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age,
                                       p_stay := NULL, p_stage := NULL, p_voice := NULL) as table
  select f.*
  from segment_facts f
  where audience_match(f.city_id, f.kind, f.grp, f.language, f.themes, f.value_ids, f.role, f.origin, f.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and speaker_match(f.stay, f.stage, f.voice, p_stay, p_stage, p_voice)
    and (p_from is null or f.day >= p_from::DATE)
    and (p_to is null or f.day < p_to::DATE);

create or replace macro audience_totals(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age,
                                        p_stay := NULL, p_stage := NULL, p_voice := NULL) as table
  select m.* rename (month as span_start)
  from month_facts m
  where audience_match(m.city_id, m.kind, m.grp, m.language, m.themes, m.value_ids, m.role, m.origin, m.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and speaker_match(m.stay, m.stage, m.voice, p_stay, p_stage, p_voice)
    and whole_month_in(m.month, p_from, p_to)
  union all by name
  select f.* rename (day as span_start)
  from audience_facts(p_city, p_group, p_kind, p_from, head_days_end(p_from, p_to),
                      p_lang, p_theme, p_value, p_role, p_origin, p_age, p_stay := p_stay, p_stage := p_stage, p_voice := p_voice) f
  where p_from is not null
  union all by name
  select f.* rename (day as span_start)
  from audience_facts(p_city, p_group, p_kind, tail_days_start(p_from, p_to), p_to,
                      p_lang, p_theme, p_value, p_role, p_origin, p_age, p_stay := p_stay, p_stage := p_stage, p_voice := p_voice) f
  where p_to is not null;

-- The value of a breakdown axis (AXES in data/speaker.ts) on a segment or facts row; an axis
-- value never stored reads 'unknown'.
create or replace macro axis_value(p_by, grp, origin, role, stay, stage, voice) as
  coalesce(case p_by when 'group' then grp when 'origin' then origin when 'role' then role
                     when 'stay' then stay when 'stage' then stage when 'voice' then voice end, 'unknown');
