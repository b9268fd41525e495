-- Retention: every record carries the date by which its owner must decide to keep it or erase it. Erasure removes
-- the content and keeps a tombstone (when, by whom, why); it cannot be undone.
alter table partnership.entity add column review_on date not null default (current_date + 365);
alter table partnership.entity add column erased_at timestamptz;
alter table partnership.entity add column erased_by text;
alter table partnership.entity add column erased_because text;
create index entity_review on partnership.entity (owner_id, review_on) where erased_at is null;
