-- Supplier screening (Partnership 2). A council screens the bidders of a tender; a bidder it must refer reaches the
-- intelligence officers of the police force covering the council. What the council may read (screening, bidder,
-- outcome, advice) and what only the police may read (the evidence) are in different tables, so that no query of the
-- council's pages can select the evidence by mistake.
create schema if not exists partnership;

-- The police force whose intelligence officers take a council's referrals.
alter table partnership.organisation add column covered_by text references partnership.organisation (id);

create table partnership.screening (
    council_id        text not null references partnership.organisation (id),
    id                uuid not null,
    tender_reference  text not null,
    title             text not null,
    tender_date       date,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    primary key (council_id, id),
    unique (council_id, tender_reference)
);

-- A bidder as the council gave it: its name and its entities (company, officers, addresses, phones, emails,
-- accounts) as rows named like the screening CSV's columns. The outcome is null until the bidder is screened.
create table partnership.bidder (
    council_id    text not null,
    screening_id  uuid not null,
    id            uuid not null,
    name          text not null,
    parties       jsonb not null,
    added_from    text not null check (added_from in ('form', 'csv', 'ocds')),
    outcome       text check (outcome in ('no-hit', 'refer')),
    screened_at   timestamptz,
    screened_by   text,
    added_at      timestamptz not null default now(),
    primary key (council_id, screening_id, id),
    foreign key (council_id, screening_id) references partnership.screening (council_id, id)
);

-- A referral: the police side of a bidder referred. The evidence (paths, matches with their explanations, red flags)
-- is the police's. The advice and the note written for the council are what the council is shown back.
create table partnership.referral (
    force_id      text not null references partnership.organisation (id),
    id            uuid not null,
    council_id    text not null,
    screening_id  uuid not null,
    bidder_id     uuid not null,
    evidence      jsonb not null,
    referred_at   timestamptz not null default now(),
    advice        text check (advice in ('proceed', 'do-not-award', 'further-checks')),
    advice_note   text,
    advised_by    text,
    advised_at    timestamptz,
    primary key (force_id, id),
    unique (council_id, screening_id, bidder_id),
    foreign key (council_id, screening_id, bidder_id) references partnership.bidder (council_id, screening_id, id),
    check ((advice is null) = (advised_at is null))
);

create index referral_open on partnership.referral (force_id, referred_at) where advice is null;
