-- City context (issue 19 item 7): population, share of residents born abroad and number of
-- nationalities, each entered by an analyst with its source and year. A figure left out is null
-- with its source and year, never 0 (a city without a population gets no per-10,000 rates).
-- Its own table, not cities.population: that column was never filled and carries no source.
create table city_context (
  city_id              integer primary key references cities (id),
  population           integer,
  population_source    varchar,
  population_year      integer,
  born_abroad          double,
  born_abroad_source   varchar,
  born_abroad_year     integer,
  nationalities        integer,
  nationalities_source varchar,
  nationalities_year   integer,
  updated_by           varchar,
  updated_at           timestamp not null default current_timestamp
);
