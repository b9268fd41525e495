-- A crime import is stored once (issue "Hardening", item 6). The client names each import with a key it keeps while
-- retrying (unique within its organisation), so a retry after an unknown outcome finds the first import instead of
-- storing every row again; the file's SHA-256 is kept too, and the same bytes are never stored twice whoever sends
-- them, since street-level crime is the same for every organisation and a second copy would double every count.
-- The report a retry answers with needs the count of crimes outside every area, kept now with the rest.
create schema if not exists partnership;
alter table partnership.crime_import
    add column import_key text,
    add column file_sha256 text check (file_sha256 ~ '^[0-9a-f]{64}$'),
    add column outside_every_area bigint;
alter table partnership.crime_import add constraint crime_import_key_unique unique (organisation_id, import_key);
alter table partnership.crime_import add constraint crime_import_file_unique unique (file_sha256);

-- Hotspots whose monthly counts must be made again from the stored crimes, done at the next start. Imports now count
-- inside their own transaction, but before this version an import killed after its commit left its crimes out of
-- every count, so every hotspot made before it is counted again once.
create table partnership.hotspot_recount (
    owner_id    text not null,
    hotspot_id  uuid not null,
    primary key (owner_id, hotspot_id),
    foreign key (owner_id, hotspot_id) references partnership.hotspot (owner_id, id)
);
insert into partnership.hotspot_recount (owner_id, hotspot_id) select owner_id, id from partnership.hotspot;
