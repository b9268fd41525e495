-- Local profiles (issue 15): a profile now holds only what every organisation it is made for may read, and is shared
-- with exactly those organisations by name (shared_orgs), never through a sharing group, whose members may change
-- after the profile was checked for them. Profiles made before held everything their maker could read and were
-- shared with the maker's groups: they go back to their owner alone (their content is kept as made).
update partnership.local_profile set shared_groups = '{}' where shared_groups <> '{}';

alter table partnership.local_profile
    add constraint local_profile_shared_by_name check (shared_groups = '{}' and handling = 'P');
