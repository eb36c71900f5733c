-- Run once by the postgres image, on an empty data volume: one database per service (each owns its
-- own, design.md) and one for the schema registry, whose schema ids must outlive its container.
CREATE DATABASE registration_service;
CREATE DATABASE scheduling_service;
CREATE DATABASE analytics_service;
CREATE DATABASE registry;
