-- Each entry the server writes carries an HMAC keyed from its signing key (uk.interchange.app.audit.EntryMac), so
-- rows put into audit.pending or audit.entry with SQL alone are told apart: the writer moves a pending row without
-- a valid MAC to audit.refused instead of chaining it, and the server will not append after entries that lack one.
alter table audit.pending add column mac bytea;
alter table audit.entry add column mac bytea;

-- Pending rows the writer would not chain, kept as they were found, with why.
create table audit.refused (
    id            bigint not null,
    at            timestamptz not null,
    actor         text not null,
    organisation  text not null,
    action        text not null,
    record_kind   text not null,
    record_id     text not null,
    reason        text not null,
    case_ref      text,
    disclosed_to  text,
    mac           bytea,
    refused_at    timestamptz not null default now(),
    why           text not null
);
