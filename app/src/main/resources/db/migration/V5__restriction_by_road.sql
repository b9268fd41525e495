-- Saving a work asks which directions its road is signed in, and the pages list the roads that have works: both
-- read restrictions by road, which without an index is a scan of every restriction.
create index restriction_road_direction on roadworks.restriction (road, direction);
