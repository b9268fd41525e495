-- Clear-Hold-Build (Partnership 3): community survey results by wave, and hotspots made from a list of small
-- statistical areas (LSOAs) rather than drawn, whose crimes are counted by the LSOA code the police give each crime.
create schema if not exists partnership;

create table partnership.hotspot_survey (
    owner_id     text not null,
    hotspot_id   uuid not null,
    wave         date not null,
    question     text not null,
    respondents  integer not null check (respondents > 0),
    agreeing     numeric(5, 2) not null check (agreeing between 0 and 100),
    primary key (owner_id, hotspot_id, wave, question),
    foreign key (owner_id, hotspot_id) references partnership.hotspot (owner_id, id)
);

create index street_crime_lsoa on partnership.street_crime (lsoa_code);
