-- Breakout groups for a session's group-work agenda item: formed by the engine, adjusted by hand, published.

create table breakout (
    id                bigint generated always as identity primary key,
    session_id        bigint      not null references session on delete cascade,
    agenda_index      int         not null,
    title             text        not null,
    groups            int         not null check (groups > 0),
    min_size          int         not null check (min_size > 0),
    max_size          int         not null,
    rounds            int         not null check (rounds between 1 and 10),
    themes_question   text,
    diversify         text[]      not null default '{}',
    status            text        not null check (status in ('DRAFT', 'PUBLISHED')),
    diversity         int         not null,
    diversity_bound   int         not null,
    repeated_pairs    int         not null,
    interest_matched  double precision not null,
    created_at        timestamptz not null,
    published_at      timestamptz,
    unique (session_id, agenda_index),
    check (max_size >= min_size)
);

create table breakout_member (
    breakout_id bigint not null references breakout on delete cascade,
    round       int    not null,
    group_no    int    not null,
    theme       text,
    person_id   bigint not null references person on delete cascade,
    primary key (breakout_id, round, person_id)
);
