-- People of partnership organisations sign in with the same accounts as planners; their organisation decides what
-- they may read (partnership/sharing), their roles what they may do.
alter table security.account add column organisation_id text references partnership.organisation (id);
