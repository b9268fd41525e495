-- Links between entities ("director of", "lives at" ...). A link belongs to the organisation that recorded it and is
-- shared like any record; a viewer sees a link only if they may read the link and both of its ends.
create table partnership.link (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    from_owner     text not null,
    from_id        uuid not null,
    to_owner       text not null,
    to_id          uuid not null,
    kind           text not null,
    role           text,
    handling       char(1) not null check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    created_at     timestamptz not null default now(),
    primary key (owner_id, id),
    foreign key (from_owner, from_id) references partnership.entity (owner_id, id),
    foreign key (to_owner, to_id) references partnership.entity (owner_id, id)
);

create index link_from on partnership.link (from_owner, from_id);
create index link_to on partnership.link (to_owner, to_id);
