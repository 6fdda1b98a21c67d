-- Breakout groups' boards: a sub-board of the plenary board for each published group of each round, with the
-- group's members, who write there.
alter table board add column parent_id bigint references board on delete cascade;
alter table board add column breakout_round int;
alter table board add column breakout_group int;
alter table board add column breakout_theme text;
create unique index board_group on board (parent_id, breakout_round, breakout_group) where parent_id is not null;

create table board_member (
    board_id  bigint not null references board on delete cascade,
    person_id bigint not null references person on delete cascade,
    primary key (board_id, person_id)
);
create index board_member_person on board_member (person_id);
