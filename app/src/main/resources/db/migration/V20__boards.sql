-- Co-creation boards: templates, boards on group-work agenda items, notes, clusters, comments, votes,
-- and the board's operation log that clients replay from their last sequence number.

create table board_template (
    id           bigint generated always as identity primary key,
    key          text unique,
    programme_id bigint references programme on delete cascade,
    name         jsonb       not null,
    areas        jsonb       not null,
    created_at   timestamptz not null default now()
);

create table board (
    id                bigint generated always as identity primary key,
    programme_id      bigint      not null references programme on delete cascade,
    event_id          bigint      not null references event on delete cascade,
    session_id        bigint      not null references session on delete cascade,
    agenda_position   int         not null,
    title             jsonb       not null,
    areas             jsonb       not null,
    anonymous         boolean     not null,
    hidden_writing    boolean     not null,
    phase             text        not null check (phase in ('WRITE', 'REVEAL', 'GROUP', 'VOTE', 'DISCUSS', 'CLOSED')),
    locked            boolean     not null default false,
    focus_area        text,
    timer_ends_at     timestamptz,
    dots              int         not null check (dots between 1 and 100),
    dots_per_note     int         not null check (dots_per_note between 1 and 100),
    dots_per          text        not null check (dots_per in ('PERSON', 'COUNTRY')),
    votes_visible     boolean     not null,
    seq               bigint      not null default 0,
    created_at        timestamptz not null default now()
);
create index board_session on board (session_id, agenda_position);

create table board_cluster (
    id       bigint generated always as identity primary key,
    board_id bigint not null references board on delete cascade,
    area     text   not null,
    title    text   not null
);

create table board_note (
    id         bigint generated always as identity primary key,
    board_id   bigint      not null references board on delete cascade,
    area       text        not null,
    cluster_id bigint      references board_cluster on delete set null,
    text       text        not null,
    language   text        not null,
    author_id  bigint      references person on delete set null,
    owner      text,
    time_frame text,
    hidden     boolean     not null default false,
    created_at timestamptz not null default now()
);
create index board_note_board on board_note (board_id, id);

create table board_comment (
    id         bigint generated always as identity primary key,
    note_id    bigint      not null references board_note on delete cascade,
    text       text        not null,
    language   text        not null,
    author_id  bigint      references person on delete set null,
    created_at timestamptz not null default now()
);

create table board_vote (
    id         bigint generated always as identity primary key,
    board_id   bigint not null references board on delete cascade,
    note_id    bigint not null references board_note on delete cascade,
    voter_id   bigint references person on delete set null,
    country    char(2)
);
create index board_vote_voter on board_vote (board_id, voter_id);
create index board_vote_country on board_vote (board_id, country);

-- What everyone may see of each operation, in order. The payload never names an anonymous author and never
-- carries a note that is hidden until reveal.
create table board_operation (
    board_id  bigint      not null references board on delete cascade,
    seq       bigint      not null,
    kind      text        not null,
    payload   jsonb       not null,
    client_op text,
    at        timestamptz not null default now(),
    primary key (board_id, seq)
);

insert into board_template (key, name, areas) values
('etf-conceptual-map', '{"fallback":"en","texts":{"en":"Conceptual map","fi":"Käsitekartta","sv":"Begreppskarta","ru":"Концептуальная карта"}}',
 '[{"key":"goals","title":{"fallback":"en","texts":{"en":"Goals and vision","fi":"Tavoitteet ja visio","sv":"Mål och vision","ru":"Цели и видение"}},"prompt":{"fallback":"en","texts":{"en":"Where do we want learning to be?","fi":"Mihin haluamme oppimisen päätyvän?","sv":"Vart vill vi att lärandet ska nå?","ru":"Каким мы хотим видеть обучение?"}}},
   {"key":"envisaging","title":{"fallback":"en","texts":{"en":"Envisaging digital and online learning","fi":"Digitaalisen ja verkko-oppimisen visio","sv":"Digitalt lärande och nätlärande i framtiden","ru":"Образ цифрового и онлайн-обучения"}},"prompt":{"fallback":"en","texts":{"en":"What would digital and online learning look like?","fi":"Miltä digitaalinen ja verkko-oppiminen näyttäisi?","sv":"Hur skulle digitalt lärande och nätlärande se ut?","ru":"Как могло бы выглядеть цифровое и онлайн-обучение?"}}},
   {"key":"threats","title":{"fallback":"en","texts":{"en":"Threats","fi":"Uhat","sv":"Hot","ru":"Угрозы"}},"prompt":{"fallback":"en","texts":{"en":"What could put learning at risk?","fi":"Mikä voi vaarantaa oppimisen?","sv":"Vad kan hota lärandet?","ru":"Что может поставить обучение под угрозу?"}}},
   {"key":"obstacles","title":{"fallback":"en","texts":{"en":"Obstacles","fi":"Esteet","sv":"Hinder","ru":"Препятствия"}},"prompt":{"fallback":"en","texts":{"en":"What stands in the way today?","fi":"Mikä on tänään esteenä?","sv":"Vad står i vägen i dag?","ru":"Что мешает сегодня?"}}},
   {"key":"enablers","title":{"fallback":"en","texts":{"en":"Enablers","fi":"Mahdollistajat","sv":"Möjliggörare","ru":"Факторы успеха"}},"prompt":{"fallback":"en","texts":{"en":"What helps, or would help?","fi":"Mikä auttaa tai auttaisi?","sv":"Vad hjälper, eller skulle hjälpa?","ru":"Что помогает или помогло бы?"}}}]'),
('reflection', '{"fallback":"en","texts":{"en":"Reflection","fi":"Reflektio","sv":"Reflektion","ru":"Рефлексия"}}',
 '[{"key":"worked-well","title":{"fallback":"en","texts":{"en":"What worked well","fi":"Mikä toimi hyvin","sv":"Vad fungerade bra","ru":"Что сработало хорошо"}},"prompt":{"fallback":"en","texts":{"en":"Name one thing that worked well.","fi":"Nimeä yksi asia, joka toimi hyvin.","sv":"Nämn en sak som fungerade bra.","ru":"Назовите то, что сработало хорошо."}}},
   {"key":"worked-less-well","title":{"fallback":"en","texts":{"en":"What worked less well","fi":"Mikä toimi heikommin","sv":"Vad fungerade mindre bra","ru":"Что сработало хуже"}},"prompt":{"fallback":"en","texts":{"en":"What worked, but not as hoped?","fi":"Mikä toimi, mutta ei toivotusti?","sv":"Vad fungerade, men inte som man hoppats?","ru":"Что сработало, но не так, как хотелось?"}}},
   {"key":"did-not-work","title":{"fallback":"en","texts":{"en":"What did not work at all","fi":"Mikä ei toiminut lainkaan","sv":"Vad fungerade inte alls","ru":"Что не сработало совсем"}},"prompt":{"fallback":"en","texts":{"en":"What did not work at all?","fi":"Mikä ei toiminut lainkaan?","sv":"Vad fungerade inte alls?","ru":"Что не сработало совсем?"}}},
   {"key":"could-have-helped","title":{"fallback":"en","texts":{"en":"What could have helped","fi":"Mikä olisi auttanut","sv":"Vad hade kunnat hjälpa","ru":"Что могло бы помочь"}},"prompt":{"fallback":"en","texts":{"en":"What would have made it better?","fi":"Mikä olisi tehnyt siitä paremman?","sv":"Vad hade gjort det bättre?","ru":"Что сделало бы это лучше?"}}}]'),
('priority-areas', '{"fallback":"en","texts":{"en":"Priority areas with actions","fi":"Painopistealueet ja toimet","sv":"Prioriterade områden med åtgärder","ru":"Приоритетные направления и действия"}}',
 '[{"key":"candidates","title":{"fallback":"en","texts":{"en":"Candidate priorities","fi":"Ehdotetut painopisteet","sv":"Föreslagna prioriteringar","ru":"Возможные приоритеты"}},"prompt":{"fallback":"en","texts":{"en":"Propose a priority area.","fi":"Ehdota painopistealuetta.","sv":"Föreslå ett prioriterat område.","ru":"Предложите приоритетное направление."}}},
   {"key":"actions","actions":true,"title":{"fallback":"en","texts":{"en":"Actions (owner, time frame)","fi":"Toimet (vastuutaho, aikataulu)","sv":"Åtgärder (ansvarig, tidsram)","ru":"Действия (ответственный, сроки)"}},"prompt":{"fallback":"en","texts":{"en":"An action: what, who owns it, by when.","fi":"Toimi: mitä, kuka vastaa, mihin mennessä.","sv":"En åtgärd: vad, vem som ansvarar, till när.","ru":"Действие: что, кто отвечает, к какому сроку."}}}]'),
('proposals', '{"fallback":"en","texts":{"en":"Proposals for cooperation","fi":"Yhteistyöehdotukset","sv":"Förslag till samarbete","ru":"Предложения о сотрудничестве"}}',
 '[{"key":"proposals","title":{"fallback":"en","texts":{"en":"Proposals","fi":"Ehdotukset","sv":"Förslag","ru":"Предложения"}},"prompt":{"fallback":"en","texts":{"en":"What should we do together across countries?","fi":"Mitä meidän pitäisi tehdä yhdessä yli rajojen?","sv":"Vad borde vi göra tillsammans över gränserna?","ru":"Что нам стоит делать вместе, поверх границ?"}}}]'),
('swot', '{"fallback":"en","texts":{"en":"SWOT","fi":"SWOT","sv":"SWOT","ru":"SWOT-анализ"}}',
 '[{"key":"strengths","title":{"fallback":"en","texts":{"en":"Strengths","fi":"Vahvuudet","sv":"Styrkor","ru":"Сильные стороны"}},"prompt":{"fallback":"en","texts":{"en":"What do we do well?","fi":"Missä olemme hyviä?","sv":"Vad gör vi bra?","ru":"Что у нас получается хорошо?"}}},
   {"key":"weaknesses","title":{"fallback":"en","texts":{"en":"Weaknesses","fi":"Heikkoudet","sv":"Svagheter","ru":"Слабые стороны"}},"prompt":{"fallback":"en","texts":{"en":"Where are we weak?","fi":"Missä olemme heikkoja?","sv":"Var är vi svaga?","ru":"В чём мы слабы?"}}},
   {"key":"opportunities","title":{"fallback":"en","texts":{"en":"Opportunities","fi":"Mahdollisuudet","sv":"Möjligheter","ru":"Возможности"}},"prompt":{"fallback":"en","texts":{"en":"What could we use?","fi":"Mitä voisimme hyödyntää?","sv":"Vad skulle vi kunna använda?","ru":"Чем мы могли бы воспользоваться?"}}},
   {"key":"threats","title":{"fallback":"en","texts":{"en":"Threats","fi":"Uhat","sv":"Hot","ru":"Угрозы"}},"prompt":{"fallback":"en","texts":{"en":"What could harm us?","fi":"Mikä voisi vahingoittaa meitä?","sv":"Vad skulle kunna skada oss?","ru":"Что может нам навредить?"}}}]'),
('blank', '{"fallback":"en","texts":{"en":"Blank board","fi":"Tyhjä taulu","sv":"Tom tavla","ru":"Пустая доска"}}',
 '[{"key":"notes","title":{"fallback":"en","texts":{"en":"Notes","fi":"Muistiinpanot","sv":"Anteckningar","ru":"Заметки"}},"prompt":{"fallback":"en","texts":{"en":"Write your note.","fi":"Kirjoita muistiinpanosi.","sv":"Skriv din anteckning.","ru":"Напишите свою заметку."}}}]');

-- A client sends an operation again when its answer was lost: the retry finds the first and is not applied twice.
create unique index board_operation_client_op on board_operation (board_id, client_op) where client_op is not null;
