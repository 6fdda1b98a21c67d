create table silta_marker (id int primary key);
