-- Action plans of programmes: packages of measures with owners, indicators, targets and progress;
-- and the lineage between programmes (a study that led to a programme).

create table action_plan (
    id           bigint generated always as identity primary key,
    programme_id bigint      not null unique references programme on delete cascade,
    title        text        not null,
    language     text        not null,
    created_at   timestamptz not null
);

create table action_package (
    id       bigint generated always as identity primary key,
    plan_id  bigint  not null references action_plan on delete cascade,
    title    text    not null,
    weight   numeric not null check (weight > 0)
);

create table action_measure (
    id         bigint generated always as identity primary key,
    package_id bigint  not null references action_package on delete cascade,
    title      text    not null,
    owner      text    not null,
    indicator  text    not null,
    target     numeric not null check (target > 0),
    progress   numeric not null default 0 check (progress >= 0),
    weight     numeric not null check (weight > 0)
);

create table programme_lineage (
    programme_id   bigint not null references programme on delete cascade,
    predecessor_id bigint not null references programme on delete cascade,
    relation       text   not null check (relation in ('STUDY', 'PILOT', 'EARLIER_ROUND')),
    primary key (programme_id, predecessor_id),
    constraint programme_lineage_not_itself check (programme_id <> predecessor_id)
);
