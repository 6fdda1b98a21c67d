-- A vote counts against its delegation's shared budget: a country ("country:KZ") or an organisation
-- ("organisation:12"), or only against the voter's own when the board gives each person their dots.
alter table board_vote alter column country type text;
alter table board_vote rename column country to delegation;
update board_vote set delegation = 'country:' || delegation where delegation is not null;
drop index board_vote_country;
create index board_vote_delegation on board_vote (board_id, delegation);

alter table board drop constraint board_dots_per_check;
alter table board add constraint board_dots_per_check check (dots_per in ('PERSON', 'COUNTRY', 'ORGANISATION'));
