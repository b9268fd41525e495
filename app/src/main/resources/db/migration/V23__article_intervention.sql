-- An article can belong to the intervention that found it (a warrant, a seizure) on a hotspot: "owner/hotspot/id".
create schema if not exists partnership;
alter table partnership.article add column intervention text;
alter table partnership.intervention add constraint intervention_id_unique unique (id);
