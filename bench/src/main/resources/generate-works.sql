-- Synthetic national-scale works for the store benchmark: :n works from :first on, spread over 60 motorways and
-- :aroads A-roads (one work in five on a motorway) and 48 counties, starting across ten months from :base. Each work has one or two
-- restrictions; each restriction runs for one to seven nights, 20:00 to 06:00, or (one in ten) as a continuous
-- span of one to fourteen days. Half are full closures; one restriction in ten is diverted via a junction of
-- another road.
-- Deterministic: every value is a hash of the work's number. The road's number is taken from h1 / 5, not h1, so that
-- it does not depend on the motorway test (h1 % 5): taken from h1 it put every work on 12 of the motorways and
-- four in five of the A-roads.
with w as (
    select g,
           abs(hashint4(g))                                            as h1,
           abs(hashint4(g + 7919))                                     as h2,
           abs(hashint4(g + 104729))                                   as h3
    from generate_series(:first, :first + :n - 1) g
), roads as (
    select g, h1, h2, h3,
           case when h1 % 5 = 0 then 'M' || (1 + (h1 / 5) % 60) else 'A' || (1 + (h1 / 5) % :aroads) end as road,
           'County ' || (1 + h2 % 48)                                  as county,
           (1 + h3 % 1000) / 10                                        as j
    from w
), ins_work as (
    insert into roadworks.work (id, authority_id, reference, main_road, county, status, version, document,
                                updated_at, updated_by)
    select md5('work' || g)::uuid, 'bench', 'B-' || g, road, county, 'confirmed', 1, '{}'::jsonb, now(), 'bench'
    from roads
    returning id
), ins_r as (
    insert into roadworks.restriction (work_id, seq, type, road, direction, from_ordinal, to_ordinal, full_closure,
                                       diversion_via, summary, place)
    select md5('work' || g)::uuid, s, case when (h2 + s) % 2 = 0 then 'carriageway-closure' else 'lane-closure' end,
           road, case when (h3 + s) % 2 = 0 then 'northbound' else 'southbound' end, j, j + 1 + h1 % 2,
           (h2 + s) % 2 = 0,
           case when (h3 + s) % 10 = 0 then array['A' || (1 + (h3 / 7) % :aroads) || ' J' || (1 + (h3 / 13) % 100)]
                else '{}'::text[] end,
           'Synthetic restriction ' || s || ' of work ' || g, 'junction ' || j || ' to junction ' || (j + 1 + h1 % 2)
    from roads, generate_series(1, 1 + (h1 / 3) % 2) s
    returning work_id
)
insert into roadworks.occurrence (work_id, seq, road, direction, type, county, status, full_closure, from_ordinal,
                                  to_ordinal, during, reference, summary, place, diversion_via, diversion_roads)
select md5('work' || g)::uuid, s, road, case when (h3 + s) % 2 = 0 then 'northbound' else 'southbound' end,
       case when (h2 + s) % 2 = 0 then 'carriageway-closure' else 'lane-closure' end, county, 'confirmed',
       (h2 + s) % 2 = 0, j, j + 1 + h1 % 2,
       case when h3 % 10 = 0
            then tstzrange(:base::timestamptz + ((h2 % 300) || ' days')::interval,
                           :base::timestamptz + ((h2 % 300 + 1 + h1 % 14) || ' days')::interval)
            else tstzrange(:base::timestamptz + ((h2 % 300 + night) || ' days')::interval + interval '20 hours',
                           :base::timestamptz + ((h2 % 300 + night) || ' days')::interval + interval '30 hours')
       end,
       'B-' || g, 'Synthetic restriction ' || s || ' of work ' || g, 'junction ' || j || ' to junction ' || (j + 1 + h1 % 2),
       case when (h3 + s) % 10 = 0 then array['A' || (1 + (h3 / 7) % :aroads) || ' J' || (1 + (h3 / 13) % 100)]
            else '{}'::text[] end,
       case when (h3 + s) % 10 = 0 then array['A' || (1 + (h3 / 7) % :aroads)] else '{}'::text[] end
from roads, generate_series(1, 1 + (h1 / 3) % 2) s,
     generate_series(0, case when h3 % 10 = 0 then 0 else (h1 / 11) % 7 end) night;
