-- Silta platform core: people, organisations, programmes, events, sessions, registration, attendance.

create table person (
    id                bigint generated always as identity primary key,
    email             text        not null,
    name              text        not null,
    password_hash     text,
    locale            text        not null default 'en',
    time_zone         text        not null default 'UTC',
    working_languages text[]      not null default '{}',
    platform_admin    boolean     not null default false,
    calendar_token    text        not null unique,
    created_at        timestamptz not null default now(),
    version           bigint      not null default 0,
    constraint person_email_lower check (email = lower(email))
);
create unique index person_email on person (email);

create table password_reset (
    token_hash text primary key,
    person_id  bigint      not null references person on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create table invitation (
    id          bigint generated always as identity primary key,
    token_hash  text        not null unique,
    email       text        not null,
    target      text        not null,
    subject     text        not null,
    invited_by  bigint      references person on delete set null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    accepted_by bigint      references person on delete set null
);
create index invitation_target on invitation (target);

create table organisation (
    id          bigint generated always as identity primary key,
    name        jsonb       not null,
    name_key    text        not null,
    type        text        not null,
    country     char(2)     not null,
    website     text,
    description jsonb,
    created_at  timestamptz not null default now(),
    created_by  bigint      references person on delete set null,
    version     bigint      not null default 0
);
create index organisation_country_key on organisation (country, name_key);

create table membership (
    person_id       bigint not null references person on delete cascade,
    organisation_id bigint not null references organisation on delete cascade,
    role            text   not null default '',
    primary key (person_id, organisation_id)
);

create table programme (
    id               bigint generated always as identity primary key,
    title            jsonb       not null,
    summary          jsonb,
    default_language text        not null,
    countries        text[]      not null default '{}',
    focus_sectors    text[]      not null default '{}',
    status           text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
    created_at       timestamptz not null default now(),
    version          bigint      not null default 0
);

create table programme_organisation (
    programme       bigint not null references programme on delete cascade,
    organisation_id bigint not null references organisation on delete cascade,
    role            text   not null check (role in ('FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING')),
    primary key (programme, organisation_id, role)
);

create table programme_member (
    programme bigint not null references programme on delete cascade,
    person_id bigint not null references person on delete cascade,
    role      text   not null check (role in ('ORGANISER', 'FACILITATOR', 'OBSERVER')),
    primary key (programme, person_id)
);

create table event (
    id                 bigint generated always as identity primary key,
    programme_id       bigint      not null references programme on delete cascade,
    title              jsonb       not null,
    format             text        not null check (format in ('ONLINE', 'IN_PERSON', 'HYBRID')),
    venue              text,
    video_link         text,
    time_zone          text        not null,
    starts_on          date        not null,
    ends_on            date        not null,
    objectives         jsonb,
    background         jsonb,
    capacity           int         check (capacity > 0),
    requires_approval  boolean     not null default false,
    invitation_only    boolean     not null default false,
    registration_open  boolean     not null default true,
    eligible_countries text[]      not null default '{}',
    eligible_types     text[]      not null default '{}',
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0,
    constraint event_dates check (ends_on >= starts_on)
);
create index event_programme on event (programme_id);

create table audience_group (
    event     bigint not null references event on delete cascade,
    event_key int    not null,
    id        text   not null,
    name      jsonb  not null,
    primary key (event, event_key)
);

create table registration_question (
    event     bigint  not null references event on delete cascade,
    event_key int     not null,
    id        text    not null,
    kind      text    not null check (kind in ('TEXT', 'CHOICE', 'MULTI_CHOICE', 'COUNTRY', 'YES_NO')),
    label     jsonb   not null,
    options   text[]  not null default '{}',
    required  boolean not null default false,
    primary key (event, event_key)
);

create table session (
    id                 bigint generated always as identity primary key,
    event_id           bigint      not null references event on delete cascade,
    title              jsonb       not null,
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    format             text        not null check (format in ('ONLINE', 'IN_PERSON', 'HYBRID')),
    audience_groups    text[]      not null default '{}',
    eligible_countries text[]      not null default '{}',
    eligible_types     text[]      not null default '{}',
    version            bigint      not null default 0,
    constraint session_times check (ends_at > starts_at)
);
create index session_event on session (event_id);

create table agenda_item (
    session     bigint not null references session on delete cascade,
    session_key int    not null,
    kind        text   not null check (kind in ('PRESENTATION', 'PANEL', 'TRAINING', 'GROUP_WORK', 'MATCHMAKING', 'BREAK', 'OTHER')),
    title       jsonb  not null,
    minutes     int    not null check (minutes > 0),
    speakers    text,
    primary key (session, session_key)
);

create table registration (
    id                bigint generated always as identity primary key,
    event_id          bigint      not null references event on delete cascade,
    person_id         bigint      references person on delete set null,
    organisation_id   bigint      references organisation on delete set null,
    country           char(2)     not null,
    organisation_type text        not null,
    audience_group    text,
    status            text        not null check (status in ('PENDING', 'CONFIRMED', 'WAITING', 'CANCELLED', 'DECLINED')),
    answers           jsonb       not null default '{}',
    listed            boolean     not null default false,
    privacy_agreed_at timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0
);
create unique index registration_person on registration (event_id, person_id) where person_id is not null;
create index registration_event_status on registration (event_id, status, created_at);

create table registration_session (
    registration bigint not null references registration on delete cascade,
    session_id   bigint not null references session on delete cascade,
    primary key (registration, session_id)
);

create table attendance (
    session_id      bigint      not null references session on delete cascade,
    registration_id bigint      not null references registration on delete cascade,
    checked_in_at   timestamptz not null default now(),
    method          text        not null check (method in ('ORGANISER', 'SELF')),
    primary key (session_id, registration_id)
);

create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    actor_id     bigint      references person on delete set null,
    programme_id bigint      references programme on delete cascade,
    action       text        not null,
    subject      text        not null,
    details      text        not null default ''
);
create index audit_programme on audit_entry (programme_id, at desc);
