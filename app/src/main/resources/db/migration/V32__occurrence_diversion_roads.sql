-- The roads a diversion uses, keyed as every other road is (uk.interchange.roadworks.model.Road.key), written by the
-- store beside the diversion's own words. The clash check compared them by a regular expression inside its query, a
-- second copy of the road-number grammar that read "A1(M)" otherwise than the Java side; now it compares keys.
alter table roadworks.occurrence
    add column diversion_roads text[] not null default '{}';

-- Rows already stored get their keys once, by the rule the query used until now (a road number at the start of
-- each place the diversion names). Rows written from now on get them from Road.key.
update roadworks.occurrence o
set diversion_roads = coalesce((
    select array_agg(distinct k)
    from (select upper(replace(substring(v from '^\s*([MABmab]\s?[0-9]{1,4}(\s*\([Mm]\))?)'), ' ', '')) as k
          from unnest(o.diversion_via) v) keys
    where k is not null), '{}')
where cardinality(o.diversion_via) > 0;
