-- Wrong passwords, kept in the database so that throttling sign-in survives a restart: one row per wrong password,
-- by the name it was tried for (lower case, as typed, whether or not there is such an account) and the address it
-- came from (the client's, as the server sees it). A success from an address clears that address's rows for the
-- name; an administrator can clear a name's rows; rows older than a day are deleted as new ones come.
create table security.sign_in_failure (
    username  text        not null,
    address   text        not null,
    at        timestamptz not null
);
create index sign_in_failure_pair on security.sign_in_failure (username, address, at);
create index sign_in_failure_name on security.sign_in_failure (username, at);
create index sign_in_failure_at on security.sign_in_failure (at);
