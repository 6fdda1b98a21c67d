-- Matchmaking: profiles of what organisations offer and need, meeting requests, slots and schedules.

create table mm_settings (
    event_id        bigint primary key references event on delete cascade,
    request_budget  int    not null default 10 check (request_budget between 1 and 500),
    request_hours   int    not null default 72 check (request_hours between 1 and 2160),
    meeting_minutes int    not null default 20 check (meeting_minutes between 5 and 240),
    video_pattern   text,
    who_meets_whom  text   not null default 'ANYONE' check (who_meets_whom in ('ANYONE', 'ACROSS_COUNTRIES', 'ACROSS_ORGANISATIONS')),
    version         bigint not null default 0
);

create table mm_slot (
    id        bigint generated always as identity primary key,
    event_id  bigint      not null references event on delete cascade,
    starts_at timestamptz not null,
    minutes   int         not null check (minutes > 0),
    capacity  int         check (capacity > 0)
);
create unique index mm_slot_start on mm_slot (event_id, starts_at);

create table mm_profile (
    id              bigint generated always as identity primary key,
    programme_id    bigint      not null references programme on delete cascade,
    organisation_id bigint      not null references organisation on delete cascade,
    languages       text[]      not null default '{}',
    updated_at      timestamptz not null default now(),
    updated_by      bigint      references person on delete set null,
    version         bigint      not null default 0,
    unique (programme_id, organisation_id)
);

create table mm_statement (
    profile     bigint not null references mm_profile on delete cascade,
    profile_key int    not null,
    kind        text   not null check (kind in ('OFFER', 'NEED')),
    text        text   not null,
    language    text   not null,
    concepts    text[] not null default '{}',
    primary key (profile, profile_key)
);

create table mm_request (
    id          bigint generated always as identity primary key,
    event_id    bigint      not null references event on delete cascade,
    from_person bigint      not null references person on delete cascade,
    to_person   bigint      not null references person on delete cascade,
    message     text        not null default '',
    status      text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    decided_at  timestamptz,
    version     bigint      not null default 0,
    check (from_person <> to_person)
);
create unique index mm_request_open_pair on mm_request (event_id, least(from_person, to_person), greatest(from_person, to_person))
    where status in ('PENDING', 'ACCEPTED');
create index mm_request_event on mm_request (event_id, status);

create table mm_schedule (
    id                   bigint generated always as identity primary key,
    event_id             bigint      not null references event on delete cascade,
    status               text        not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'DISCARDED')),
    based_on             bigint      references mm_schedule on delete set null,
    created_by           bigint      references person on delete set null,
    created_at           timestamptz not null,
    published_at         timestamptz,
    weight               bigint      not null,
    upper_bound          bigint      not null,
    optimal              boolean     not null,
    meetings             int         not null,
    requests             int         not null,
    participants         int         not null,
    without_meeting      int         not null,
    fewest_meetings      int         not null,
    seconds              double precision not null
);
-- One published schedule per event, whatever two organisers do at once.
create unique index mm_schedule_published on mm_schedule (event_id) where status = 'PUBLISHED';

create table mm_meeting (
    schedule_id bigint not null references mm_schedule on delete cascade,
    request_id  bigint not null references mm_request on delete cascade,
    slot_id     bigint not null references mm_slot on delete cascade,
    table_no    int,
    primary key (schedule_id, request_id)
);

create table mm_feedback (
    request_id  bigint      not null references mm_request on delete cascade,
    person_id   bigint      not null references person on delete cascade,
    useful      boolean     not null,
    follow_up   boolean     not null,
    note        text        not null default '',
    answered_at timestamptz not null,
    primary key (request_id, person_id)
);
