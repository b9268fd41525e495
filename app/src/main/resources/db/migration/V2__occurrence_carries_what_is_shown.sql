-- The questions asked most ("closed at t on road R", "... in a county") read one table: each occurrence carries its
-- work's reference and its restriction's wording and diversion, instead of joining two more tables per row (which
-- was most of the pages a query read, measured in docs/benchmarks.md).
alter table roadworks.occurrence
    add column reference     text,
    add column summary       text,
    add column place         text,
    add column diversion_via text[] not null default '{}';

update roadworks.occurrence o
set reference = w.reference, summary = r.summary, place = r.place, diversion_via = r.diversion_via
from roadworks.restriction r, roadworks.work w
where r.work_id = o.work_id and r.seq = o.seq and w.id = o.work_id;

alter table roadworks.occurrence
    alter column reference set not null,
    alter column summary set not null,
    alter column place set not null;
