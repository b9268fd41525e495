-- Work references ("M6-0123") take their number from one sequence: finding the next free number per road meant
-- counting the road's references, a scan of every work with a million of them.
create sequence roadworks.work_reference_seq;
select setval('roadworks.work_reference_seq', greatest(1, (select count(*) from roadworks.work)), (select count(*) from roadworks.work) > 0);

-- The planner's list: an authority's works, the most recently changed first.
create index work_authority_updated on roadworks.work (authority_id, updated_at desc);
