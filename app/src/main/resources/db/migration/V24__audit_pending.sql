-- Audit entries are first written inside the transaction of the action they record (audit.pending), so an action
-- rolled back leaves no entry and an entry never waits for a second connection. The log's writer then numbers and
-- chains them into audit.entry in the order it finds them, and deletes them from here in the same transaction.
create table audit.pending (
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    actor         text not null,
    organisation  text not null,
    action        text not null,
    record_kind   text not null,
    record_id     text not null,
    reason        text not null,
    case_ref      text,
    disclosed_to  text,
    -- the same limits as uk.interchange.app.audit.AuditText, so a row that is here can always be moved on
    constraint pending_lengths check (
        length(actor) <= 100 and length(organisation) <= 100 and length(action) <= 16
        and length(record_kind) <= 50 and length(record_id) <= 300 and length(reason) <= 2000
        and coalesce(length(case_ref), 0) <= 100 and coalesce(length(disclosed_to), 0) <= 300)
);

-- The same limits on the log itself from now on; rows written before them are kept as they are (not valid: they are
-- not checked), since an entry of the log is never changed.
alter table audit.entry add constraint entry_lengths check (
    length(actor) <= 100 and length(organisation) <= 100 and length(action) <= 16
    and length(record_kind) <= 50 and length(record_id) <= 300 and length(reason) <= 2000
    and coalesce(length(case_ref), 0) <= 100 and coalesce(length(disclosed_to), 0) <= 300) not valid;

-- The auditors' page reads an organisation's newest entries a page at a time, by number.
create index entry_organisation_seq on audit.entry (organisation, seq);
