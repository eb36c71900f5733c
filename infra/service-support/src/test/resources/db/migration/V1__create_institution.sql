CREATE TABLE institution (
    id         UUID PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name_en    TEXT NOT NULL,
    name_ar    TEXT NOT NULL
);
