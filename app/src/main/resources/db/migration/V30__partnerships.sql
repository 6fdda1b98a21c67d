-- Partnerships: collaboration ideas, joint offers, partnerships shaped like IATI 2.03 activities,
-- their documents, and the follow-up reminders sent to their owners.

create table collaboration_idea (
    id               bigint generated always as identity primary key,
    programme_id     bigint      not null references programme on delete cascade,
    event_id         bigint      references event on delete set null,
    title            text        not null,
    description      text        not null default '',
    language         text        not null,
    source           text        not null check (source in ('MANUAL', 'BOARD_NOTE', 'BOARD_CLUSTER', 'MEETING')),
    source_id        bigint,
    source_link      text,
    organisation_ids bigint[]    not null default '{}',
    countries        text[]      not null default '{}',
    sectors          text[]      not null default '{}',
    status           text        not null check (status in ('OPEN', 'TAKEN_UP', 'DROPPED')),
    owner_id         bigint      references person on delete set null,
    created_at       timestamptz not null
);
create unique index collaboration_idea_source on collaboration_idea (source, source_id) where source_id is not null;
create index collaboration_idea_programme on collaboration_idea (programme_id);

create table joint_offer (
    id                     bigint generated always as identity primary key,
    programme_id           bigint      not null references programme on delete cascade,
    idea_id                bigint      references collaboration_idea on delete set null,
    title                  text        not null,
    language               text        not null,
    lead_organisation_id   bigint      not null references organisation,
    member_ids             bigint[]    not null default '{}',
    target_country         char(2)     not null,
    customer               text        not null default '',
    sectors                text[]      not null default '{}',
    concepts               text[]      not null default '{}',
    status                 text        not null check (status in ('DRAFTING', 'SUBMITTED', 'WON', 'LOST')),
    owner_id               bigint      references person on delete set null,
    created_at             timestamptz not null
);
create index joint_offer_programme on joint_offer (programme_id);

create table partnership (
    id            bigint generated always as identity primary key,
    programme_id  bigint      not null references programme on delete cascade,
    idea_id       bigint      references collaboration_idea on delete set null,
    offer_id      bigint      references joint_offer on delete set null,
    title         jsonb       not null,
    description   jsonb,
    status        text        not null check (status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED')),
    planned_start date        not null,
    planned_end   date        not null,
    actual_start  date,
    actual_end    date,
    countries     text[]      not null default '{}',
    dac_sectors   text[]      not null default '{}',
    sdg_targets   text[]      not null default '{}',
    isced_levels  text[]      not null default '{}',
    themes        text[]      not null default '{}',
    networks      text[]      not null default '{}',
    owner_id      bigint      references person on delete set null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint partnership_planned check (planned_end >= planned_start),
    constraint partnership_actual check (actual_end is null or actual_start is null or actual_end >= actual_start)
);
create index partnership_programme on partnership (programme_id);

create table partnership_organisation (
    partnership_id  bigint not null references partnership on delete cascade,
    organisation_id bigint not null references organisation on delete cascade,
    role            text   not null check (role in ('FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING')),
    primary key (partnership_id, organisation_id, role)
);

create table partnership_indicator (
    id             bigint generated always as identity primary key,
    partnership_id bigint  not null references partnership on delete cascade,
    result_title   text    not null,
    result_type    text    not null check (result_type in ('OUTPUT', 'OUTCOME', 'IMPACT')),
    title          text    not null,
    measure        text    not null check (measure in ('UNIT', 'PERCENTAGE')),
    baseline_year  int     not null,
    baseline_value numeric not null
);

create table indicator_period (
    id           bigint generated always as identity primary key,
    indicator_id bigint  not null references partnership_indicator on delete cascade,
    starts_on    date    not null,
    ends_on      date    not null,
    target       numeric not null,
    actual       numeric,
    constraint indicator_period_dates check (ends_on >= starts_on)
);

create table partnership_milestone (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnership on delete cascade,
    title          text   not null,
    due_on         date   not null,
    done_on        date
);

create table partnership_activity (
    id             bigint generated always as identity primary key,
    partnership_id bigint      not null references partnership on delete cascade,
    kind           text        not null check (kind in ('VISIT', 'REMOTE_MEETING', 'EXCHANGE', 'OTHER')),
    happened_on    date        not null,
    title          text        not null,
    note           text        not null default '',
    recorded_at    timestamptz not null
);

-- Files attached to a partnership or an action plan: agreements, memoranda, reports.
create table attached_document (
    id           bigint generated always as identity primary key,
    owner_kind   text        not null check (owner_kind in ('PARTNERSHIP', 'ACTION_PLAN')),
    owner_id     bigint      not null,
    kind         text        not null check (kind in ('AGREEMENT', 'MOU', 'REPORT', 'PLAN', 'OTHER')),
    title        text        not null,
    file_name    text        not null,
    content_type text        not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null,
    uploaded_by  bigint      references person on delete set null
);
create index attached_document_owner on attached_document (owner_kind, owner_id);

create table follow_up_reminder (
    item_kind text        not null check (item_kind in ('IDEA', 'OFFER', 'PARTNERSHIP')),
    item_id   bigint      not null,
    due_on    date        not null,
    sent_at   timestamptz not null,
    primary key (item_kind, item_id, due_on)
);
