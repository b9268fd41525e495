-- A signed-in session remembers the account's session_version at sign-in and is ended on its next request when the
-- number has changed: it goes up whenever the account's rights change (roles, organisation, enabled) or its password
-- does. Kept in the database, so that every server instance sharing it ends the session alike.
alter table security.account add column session_version bigint not null default 0;
