-- Clear-Hold-Build (Partnership 3): hotspots, their phases and interventions, and the police-recorded crime their
-- measures are counted from.
create schema if not exists partnership;

-- Street-level crime as forces publish it: open data, the same for every organisation, so (unlike records) it has
-- no owner in its key; the import that brought each row is kept. Places are points (longitude, latitude) with a GiST
-- index, so the crimes in a hotspot's bounding box are read from the index and then tested against its polygons.
create table partnership.crime_import (
    id              uuid primary key,
    organisation_id text not null references partnership.organisation (id),
    imported_by     text not null,
    file_name       text not null,
    rows_read       bigint not null,
    rows_stored     bigint not null,
    not_located     bigint not null,
    problems        jsonb not null,
    unknown_columns text[] not null,
    imported_at     timestamptz not null default now()
);

create table partnership.street_crime (
    import_id      uuid not null references partnership.crime_import (id),
    line           bigint not null,
    crime_id       text not null,
    month          date not null,
    reported_by    text not null,
    falls_within   text not null,
    location       point,
    location_text  text not null,
    lsoa_code      text not null,
    lsoa_name      text not null,
    crime_type     text not null,
    outcome        text not null,
    context        text not null,
    primary key (import_id, line)
);

create index street_crime_where on partnership.street_crime using gist (location);

create table partnership.hotspot (
    owner_id       text not null references partnership.organisation (id),
    id             uuid not null,
    name           text not null,
    area           jsonb not null,
    comparison     jsonb not null,
    handling       char(1) not null default 'P' check (handling in ('P', 'C')),
    shared_orgs    text[] not null default '{}',
    shared_groups  text[] not null default '{}',
    created_by     text not null,
    created_at     timestamptz not null default now(),
    primary key (owner_id, id)
);

-- Clear (enforcement against the groups), Hold (stop others filling the gap), Build (partners tackle the causes).
create table partnership.hotspot_phase (
    owner_id    text not null,
    hotspot_id  uuid not null,
    phase       text not null check (phase in ('clear', 'hold', 'build')),
    starts_on   date not null,
    ends_on     date,
    primary key (owner_id, hotspot_id, phase),
    foreign key (owner_id, hotspot_id) references partnership.hotspot (owner_id, id),
    check (ends_on is null or ends_on >= starts_on)
);

create table partnership.intervention (
    owner_id    text not null,
    hotspot_id  uuid not null,
    id          uuid not null,
    done_on     date not null,
    kind        text not null,
    partner     text not null,
    note        text not null default '',
    logged_by   text not null,
    primary key (owner_id, hotspot_id, id),
    foreign key (owner_id, hotspot_id) references partnership.hotspot (owner_id, id)
);

-- Crimes a month inside the hotspot and inside its comparison area, counted when either changes, so a dashboard
-- reads a few dozen rows.
create table partnership.hotspot_month (
    owner_id    text not null,
    hotspot_id  uuid not null,
    side        text not null check (side in ('hotspot', 'comparison')),
    month       date not null,
    crimes      integer not null,
    primary key (owner_id, hotspot_id, side, month),
    foreign key (owner_id, hotspot_id) references partnership.hotspot (owner_id, id)
);
