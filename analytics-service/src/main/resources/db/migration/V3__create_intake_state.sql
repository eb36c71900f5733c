-- Where the intake stands (one row). A rebuild from offset 0 folds the input topics into a shadow
-- schema "rebuild" while the API keeps reading the last complete state in "public"; the swap is one
-- transaction. Kept in the database, so a crash at any point of a rebuild resumes it on restart.
create table intake_state (
    id            int     primary key default 1 check (id = 1),
    generation    int     not null,  -- rebuilds started so far
    rebuilding    boolean not null,
    offsets_reset int     not null   -- the generation whose consumer offsets were last reset to 0
);
insert into intake_state (generation, rebuilding, offsets_reset) values (0, false, 0);
