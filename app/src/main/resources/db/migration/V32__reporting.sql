-- Reporting: the editable flash report of an event, and each event's reporting settings
-- (the countries and themes it is tagged with for regional roll-ups, the question that asks about gender).

create table flash_report (
    event_id     bigint      primary key references event on delete cascade,
    language     text        not null,
    event_name   text        not null,
    objectives   text        not null default '',
    background   text        not null default '',
    description  text        not null default '',
    outcomes     text        not null default '',
    conclusions  text        not null default '',
    contacts     text        not null default '',
    coordinator  text        not null default '',
    generated_at timestamptz not null,
    updated_at   timestamptz not null,
    updated_by   bigint      references person on delete set null
);

create table event_report_setting (
    event_id        bigint primary key references event on delete cascade,
    countries       text[] not null default '{}',
    themes          text[] not null default '{}',
    gender_question text
);
