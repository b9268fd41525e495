-- The audit trail: an append-only log of who did and saw what, and why, hash-chained into a Merkle tree with signed
-- tree heads (see uk.interchange.app.audit). The triggers refuse changes made through ordinary SQL; `audit verify`
-- catches changes made around them.
create schema if not exists audit;

create table audit.entry (
    seq           bigint primary key,
    at            timestamptz not null,
    actor         text not null,
    organisation  text not null,
    action        text not null,
    record_kind   text not null,
    record_id     text not null,
    reason        text not null,
    case_ref      text,
    disclosed_to  text,
    previous      bytea not null,
    leaf          bytea not null
);

create index entry_actor_at on audit.entry (actor, at);
create index entry_record on audit.entry (record_kind, record_id);
create index entry_organisation_at on audit.entry (organisation, at);

create table audit.signing_key (
    key_id      text primary key,
    public_key  bytea not null,
    created_at  timestamptz not null default now()
);

create table audit.tree_head (
    size       bigint primary key,
    root       bytea not null,
    signed_at  timestamptz not null,
    key_id     text not null references audit.signing_key (key_id),
    signature  bytea not null,
    -- the tree's right edge after this head, so a restart need not read the log again (a cache: not signed, and
    -- `audit verify` recomputes the tree from the entries)
    frontier   bytea not null
);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on %.% is refused', tg_op, tg_table_schema, tg_table_name;
end
$$;

create trigger entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger entry_no_truncate before truncate on audit.entry
    for each statement execute function audit.refuse_change();
create trigger tree_head_append_only before update or delete on audit.tree_head
    for each row execute function audit.refuse_change();
create trigger tree_head_no_truncate before truncate on audit.tree_head
    for each statement execute function audit.refuse_change();
