-- Articles for use in serious crime, and collaborations between forces (Partnership 3).
create schema if not exists partnership;

-- An article found or seized, with where it came from, and the records, groups and hotspot it belongs to. Shared
-- like any record: its owner, the organisations named, the sharing groups unless its handling code is C.
create table partnership.article (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    kind           text not null check (kind in ('vehicle-concealment', 'encrypted-device', 'firearm-template',
                                                 'pill-press', 'other')),
    description    text not null,
    found_on       date not null,
    found_at       text not null,
    provenance     text not null,
    records        text[] not null default '{}',
    crime_groups   text[] not null default '{}',
    hotspot        text,
    handling       char(1) not null check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    primary key (owner_id, id)
);

-- A collaboration between forces: the forces taking part, the service, funding, milestones and benefits. Owned by
-- the organisation that leads it; every organisation of the partnership may read the programme view.
create table partnership.collaboration (
    owner_id     text not null references partnership.organisation (id),
    id           uuid not null,
    name         text not null,
    service      text not null,
    forces       text[] not null,
    funding      numeric(14, 2) not null default 0,
    starts_on    date not null,
    ends_on      date,
    created_by   text not null,
    primary key (owner_id, id)
);

create table partnership.milestone (
    owner_id          text not null,
    collaboration_id  uuid not null,
    id                uuid not null,
    title             text not null,
    due_on            date not null,
    status            text not null check (status in ('planned', 'on-track', 'at-risk', 'met', 'missed')),
    primary key (owner_id, collaboration_id, id),
    foreign key (owner_id, collaboration_id) references partnership.collaboration (owner_id, id)
);

create table partnership.benefit (
    owner_id          text not null,
    collaboration_id  uuid not null,
    id                uuid not null,
    description       text not null,
    cashable          boolean not null,
    expected          numeric(14, 2),
    realised          numeric(14, 2),
    primary key (owner_id, collaboration_id, id),
    foreign key (owner_id, collaboration_id) references partnership.collaboration (owner_id, id)
);
