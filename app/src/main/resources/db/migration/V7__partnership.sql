-- Partnership records. Every table carries the owning organisation's id in its key, so that the data can later be
-- distributed by organisation. Who else may read a record is on the record itself (organisations by name, sharing
-- groups, handling code), so that a search can apply the sharing rule in the same query that finds the records.
create schema if not exists partnership;

create table partnership.organisation (
    id    text primary key,
    name  text not null,
    type  text not null check (type in ('police-force', 'rocu', 'local-authority', 'partner-agency'))
);

create table partnership.sharing_group (
    id    text primary key,
    name  text not null
);

create table partnership.group_member (
    group_id         text not null references partnership.sharing_group (id),
    organisation_id  text not null references partnership.organisation (id),
    primary key (group_id, organisation_id)
);

create table partnership.entity (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    kind           text not null,
    label          text not null,
    body           jsonb not null,
    handling       char(1) not null check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    created_at     timestamptz not null default now(),
    primary key (owner_id, id)
);

-- The normalised values a search can find an entity by, one row each: "nm:SMITH" for each part of a name,
-- "pc:RG1 1AA" for a postcode, "ph:+447700900123", "co:01234567", "vr:AB12CDE", "em:name@example.org". Each row
-- carries the entity's label and sharing too, so that a search is answered from one index alone, in label order,
-- and can stop at the first page of results the viewer may read instead of reading every match.
create table partnership.search_key (
    owner_id       text not null,
    entity_id      uuid not null,
    key            text not null,
    kind           text not null,
    label          text not null,
    handling       char(1) not null,
    shared_orgs    text[] not null,
    shared_groups  text[] not null,
    foreign key (owner_id, entity_id) references partnership.entity (owner_id, id) on delete cascade
);

create index search_key_find on partnership.search_key (key, label, entity_id)
    include (owner_id, kind, handling, shared_orgs, shared_groups);
create index search_key_entity on partnership.search_key (owner_id, entity_id, key);
