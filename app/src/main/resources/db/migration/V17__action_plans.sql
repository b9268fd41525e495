-- Action plans under the four Ps (Partnership 3): actions against a group or for an area, each with the
-- organisation responsible for it, a due date, a status and an outcome. An action is the recording organisation's
-- record; the organisation responsible reads and updates it, and it is shared like any record besides.
create schema if not exists partnership;

create table partnership.action (
    owner_id        text not null references partnership.organisation (id),
    id              uuid not null,
    title           text not null,
    strand          text not null check (strand in ('pursue', 'prevent', 'protect', 'prepare')),
    group_owner     text,
    group_id        uuid,
    area            text not null default '',
    responsible_id  text not null references partnership.organisation (id),
    due_on          date not null,
    status          text not null default 'open' check (status in ('open', 'in-progress', 'done', 'dropped')),
    outcome         text not null default '',
    created_by      text not null,
    created_at      timestamptz not null default now(),
    handling        char(1) not null default 'P' check (handling in ('P', 'C')),
    shared_orgs     text[] not null default '{}',
    shared_groups   text[] not null default '{}',
    primary key (owner_id, id),
    foreign key (group_owner, group_id) references partnership.crime_group (owner_id, id),
    check (group_id is not null or area <> '')
);

create index action_due on partnership.action (responsible_id, due_on) where status in ('open', 'in-progress');
