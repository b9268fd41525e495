-- Roadworks: works as the model holds them (a JSON document), with the facts that are asked about pulled out into
-- columns, and every occurrence of every restriction stored as a time range so that "closed at t" is an index scan.
create extension if not exists btree_gist;

create table roadworks.authority (
    id   text primary key,
    name text not null
);

create table roadworks.work (
    id           uuid primary key,
    authority_id text        not null references roadworks.authority (id),
    reference    text        not null,
    main_road    text        not null,
    county       text,
    status       text        not null check (status in ('provisional', 'confirmed', 'in-progress', 'completed', 'cancelled')),
    version      integer     not null,
    document     jsonb       not null,
    -- Where the work lies, as GeoJSON coordinates [[lon, lat], ...], when the planner recorded them.
    geometry     jsonb,
    -- The hash of the bulletin text a work was imported from, with its place in that bulletin: importing the same
    -- bulletin again finds the same works instead of adding them twice.
    import_key   text unique,
    updated_at   timestamptz not null,
    updated_by   text        not null,
    unique (authority_id, reference)
);
create index work_main_road on roadworks.work (main_road);

-- Every version of every work, the current one included: who changed it, when, and why.
create table roadworks.work_version (
    work_id    uuid        not null references roadworks.work (id),
    version    integer     not null,
    status     text        not null,
    document   jsonb       not null,
    changed_by text        not null,
    changed_at timestamptz not null,
    reason     text,
    primary key (work_id, version)
);

-- One row per restriction, numbered within its work.
create table roadworks.restriction (
    work_id       uuid    not null references roadworks.work (id) on delete cascade,
    seq           integer not null,
    type          text    not null,
    road          text    not null,
    direction     text    not null,
    from_junction text,
    to_junction   text,
    -- Junction numbers as integers for ordering along the road ("10a" is 10); null for places without numbers.
    from_ordinal  integer,
    to_ordinal    integer,
    full_closure  boolean not null,
    diversion_via text[]  not null default '{}',
    -- "Carriageway closure, M6 northbound, junction 6 to junction 8": for lists, without reading the document.
    summary       text    not null,
    place         text    not null,
    primary key (work_id, seq)
);

-- One row per occurrence: the facts asked about are copied here so that each question reads one table.
create table roadworks.occurrence (
    work_id      uuid      not null,
    seq          integer   not null,
    road         text      not null,
    direction    text      not null,
    type         text      not null,
    county       text,
    status       text      not null,
    full_closure boolean   not null,
    from_ordinal integer,
    to_ordinal   integer,
    during       tstzrange not null,
    foreign key (work_id, seq) references roadworks.restriction (work_id, seq) on delete cascade
);
create index occurrence_road_during on roadworks.occurrence using gist (road, during);
create index occurrence_county_during on roadworks.occurrence using gist (county, during);
create index occurrence_during on roadworks.occurrence using gist (during);
create index occurrence_work on roadworks.occurrence (work_id);

-- Junction positions loaded by the authority (CSV): give a work a geometry when it has none of its own.
create table roadworks.junction_point (
    road      text             not null,
    junction  text             not null,
    longitude double precision not null,
    latitude  double precision not null,
    primary key (road, junction)
);

-- Sign-in accounts. Roles are per organisation; Partnership extends this.
create table security.account (
    username      text primary key,
    password_hash text    not null,
    display_name  text    not null,
    authority_id  text references roadworks.authority (id),
    roles         text[]  not null,
    enabled       boolean not null default true
);
