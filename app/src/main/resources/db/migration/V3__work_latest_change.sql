-- "When did anything last change" is asked on every feed request (for Last-Modified and to know whether the cached
-- feed is still good): an index makes max(updated_at) one index read instead of a scan of every work.
create index work_updated_at on roadworks.work (updated_at);
