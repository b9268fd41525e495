-- A road's week (its page and picture) read from one stretch of a B-tree instead of hundreds of table pages: on a
-- synthetic motorway week of 1,400 to 3,100 occurrences the GiST index found the rows quickly but fetching them from
-- the table touched a page each (8 to 17 ms); a B-tree by road and start that carries every column the page shows
-- answers with an index-only scan (about 2 ms). It serves occurrences that start shortly before the week, which is
-- nearly all of them; the few longer ones (and those with no end) have their own small index. See
-- ClashCheck.itemsOnRoad, which reads both, and docs/benchmarks.md.
create index occurrence_road_start on roadworks.occurrence (road, lower(during))
    include (during, work_id, seq, reference, summary, direction, from_ordinal, to_ordinal, type, status, diversion_via);

create index occurrence_road_long on roadworks.occurrence using gist (road, during)
    where (upper_inf(during) or upper(during) - lower(during) > interval '2 days');
