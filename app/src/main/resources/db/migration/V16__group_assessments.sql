-- Group assessments (Partnership 3): the force's own prioritisation of its organised crime groups, scored by a
-- versioned model (dimensions, scales, weights) so that every past score can be read with the model that made it.
create schema if not exists partnership;

create table partnership.scoring_model (
    id          text not null,
    version     integer not null check (version > 0),
    title       text not null,
    definition  text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    primary key (id, version)
);

create table partnership.group_assessment (
    owner_id       text not null,
    group_id       uuid not null,
    id             uuid not null,
    model_id       text not null,
    model_version  integer not null,
    scores         jsonb not null,
    confidences    jsonb not null,
    score          numeric(6, 2) not null,
    confidence     text not null check (confidence in ('low', 'medium', 'high')),
    assessed_on    date not null,
    assessed_by    text not null,
    rationale      text not null,
    created_at     timestamptz not null default now(),
    primary key (owner_id, group_id, id),
    foreign key (owner_id, group_id) references partnership.crime_group (owner_id, id),
    foreign key (model_id, model_version) references partnership.scoring_model (id, version)
);

create index group_assessment_latest on partnership.group_assessment (owner_id, group_id, assessed_on desc, created_at desc);
