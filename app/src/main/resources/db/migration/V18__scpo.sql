-- Serious crime prevention orders (Partnership 3): the orders a force manages, on a person or a company on record,
-- their conditions, the monitoring checks done and their findings, and breaches with what was done about each.
-- An order is its force's alone (it names what the subject must notify): it is not shared.
create schema if not exists partnership;

create table partnership.scpo (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    subject_owner  text not null,
    subject_id     uuid not null,
    court          text not null,
    made_on        date not null,
    starts_on      date not null,
    ends_on        date not null,
    interim        boolean not null,
    served_on      date,
    manager        text not null,
    monitor        text not null default '',
    monitor_cost   numeric(12, 2),
    check_every    integer not null default 90 check (check_every between 1 and 366),
    created_by     text not null,
    created_at     timestamptz not null default now(),
    primary key (owner_id, id),
    foreign key (subject_owner, subject_id) references partnership.entity (owner_id, id),
    check (ends_on > starts_on and starts_on >= made_on)
);

create table partnership.scpo_condition (
    owner_id   text not null,
    scpo_id    uuid not null,
    id         uuid not null,
    kind       text not null,
    text       text not null,
    starts_on  date not null,
    ends_on    date not null,
    named      text[] not null default '{}',
    primary key (owner_id, scpo_id, id),
    foreign key (owner_id, scpo_id) references partnership.scpo (owner_id, id)
);

create table partnership.scpo_check (
    owner_id  text not null,
    scpo_id   uuid not null,
    id        uuid not null,
    done_on   date not null,
    done_by   text not null,
    finding   text not null,
    primary key (owner_id, scpo_id, id),
    foreign key (owner_id, scpo_id) references partnership.scpo (owner_id, id)
);

create table partnership.scpo_breach (
    owner_id     text not null,
    scpo_id      uuid not null,
    id           uuid not null,
    happened_on  date not null,
    what         text not null,
    response     text not null,
    recorded_by  text not null,
    primary key (owner_id, scpo_id, id),
    foreign key (owner_id, scpo_id) references partnership.scpo (owner_id, id)
);
