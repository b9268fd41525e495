-- Intelligence reports: free text, graded (3x5x2, or an older 5x5x5 grading kept as given), marked, with a review
-- date. The handling code decides how the report may be shared (code C: only with organisations named on it). A
-- sanitised copy for wider sharing is a report of its own that names its original.
create table partnership.report (
    owner_id         text not null references partnership.organisation (id),
    id               uuid not null,
    text             text not null,
    grading          text not null,
    handling         char(1) not null check (handling in ('P', 'C')),
    marking          text not null check (marking in ('OFFICIAL', 'OFFICIAL-SENSITIVE')),
    review_on        date not null,
    sanitised_from   uuid,
    shared_orgs      text[] not null default '{}',
    shared_groups    text[] not null default '{}',
    created_by       text not null,
    created_at       timestamptz not null default now(),
    primary key (owner_id, id)
);
