-- Organised crime groups as the owning force records them, with the ROCU's group-mapping score and band kept as
-- given (with their date), and their members: people on record, each with a role in the group.
create table partnership.crime_group (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    reference      text not null,
    name           text not null,
    activities     text[] not null default '{}',
    area           text not null,
    score          integer,
    band           text,
    assessed_on    date,
    handling       char(1) not null check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    created_at     timestamptz not null default now(),
    primary key (owner_id, id),
    unique (owner_id, reference),
    check ((score is null) = (band is null) and (score is null) = (assessed_on is null))
);

create table partnership.crime_group_member (
    owner_id      text not null,
    group_id      uuid not null,
    person_owner  text not null,
    person_id     uuid not null,
    role          text not null,
    primary key (owner_id, group_id, person_owner, person_id),
    foreign key (owner_id, group_id) references partnership.crime_group (owner_id, id),
    foreign key (person_owner, person_id) references partnership.entity (owner_id, id)
);
