-- Vulnerabilities (Partnership 3): the people, places and businesses that organised crime exploits in an area, as
-- partners record them, so that a local profile can count them. Shared like any record; a person at risk is named
-- only by a link to their record, which keeps its own sharing.
create schema if not exists partnership;

create table partnership.vulnerability (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    kind           text not null check (kind in ('person-at-risk', 'cuckooed-address', 'exploited-business',
                                                 'sector', 'other')),
    area           text not null,
    description    text not null,
    record         text,
    recorded_on    date not null,
    handling       char(1) not null default 'P' check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    recorded_by    text not null,
    primary key (owner_id, id)
);
