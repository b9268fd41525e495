-- pgbench script: a random motorway's week as a road's page reads it (ClashCheck.itemsOnRoad: the covering index by
-- road and start, then the long occurrences), on the store benchmark's national set. Run against the database that
-- "StoreBenchmark ... --hold" prints:
--   pgbench -h localhost -p PORT -U postgres -n -M prepared -c 1 -j 1 -T 10 -f bench/pgbench/road-week.sql postgres
-- The times are read with date_part as OccurrenceTimes has them; the "extract" figure in docs/benchmarks.md is this
-- file with (extract(epoch from ...) * 1000)::bigint in their place.
\set r random(1, 60)
\set d random(0, 290)
select o.work_id, o.reference, o.seq, o.summary, o.road, o.direction, o.from_ordinal, o.to_ordinal, o.type,
       array_to_string(o.diversion_via, '|'),
       (date_part('epoch', lower(o.during)) * 1000)::bigint, (date_part('epoch', upper(o.during)) * 1000)::bigint
  from roadworks.occurrence o
 where o.road = 'M' || :r
   and lower(o.during) >= timestamptz '2027-01-02 12:00+00' + make_interval(days => :d)
   and lower(o.during) < timestamptz '2027-01-11 12:00+00' + make_interval(days => :d)
   and (upper(o.during) > timestamptz '2027-01-04 12:00+00' + make_interval(days => :d) or upper_inf(o.during))
   and o.status <> 'cancelled'
union all
select o.work_id, o.reference, o.seq, o.summary, o.road, o.direction, o.from_ordinal, o.to_ordinal, o.type,
       array_to_string(o.diversion_via, '|'),
       (date_part('epoch', lower(o.during)) * 1000)::bigint, (date_part('epoch', upper(o.during)) * 1000)::bigint
  from roadworks.occurrence o
 where o.road = 'M' || :r
   and (upper_inf(o.during) or upper(o.during) - lower(o.during) > interval '2 days')
   and o.during && tstzrange(timestamptz '2027-01-04 12:00+00' + make_interval(days => :d),
                             timestamptz '2027-01-11 12:00+00' + make_interval(days => :d))
   and o.during < tstzrange(timestamptz '2027-01-02 12:00+00' + make_interval(days => :d),
                            timestamptz '2027-01-02 12:00+00' + make_interval(days => :d), '[]')
   and o.status <> 'cancelled';
