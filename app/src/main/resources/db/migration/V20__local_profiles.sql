-- Local profiles (Partnership 3): an organisation's profile of its area's serious and organised crime, generated
-- from the records and kept, version by version, as it was generated, so that last quarter's can be read as it was.
create schema if not exists partnership;

create table partnership.local_profile (
    owner_id       text not null references partnership.organisation (id),
    version        integer not null,
    area           text not null,
    period         text not null,
    content        jsonb not null,
    handling       char(1) not null default 'P' check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    created_by     text not null,
    created_at     timestamptz not null default now(),
    primary key (owner_id, version)
);
