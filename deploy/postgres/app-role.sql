-- The app's own PostgreSQL role, least privilege: it logs in, owns its schema and nothing else; it is no superuser and
-- cannot create databases or roles, nor read another schema's tables. The PostgreSQL admin (POSTGRES_USER) stays a
-- separate role, with a password of its own, that the app never sees.
-- Run by psql as the admin, in the app's database, with: -v app_role=… -v app_password=… -v app_schema=… -v db=…
-- (deploy/postgres/initdb/10-app-role.sh does, when the database is first created; PostgresAppRoleIT tests it).
\set ON_ERROR_STOP on
CREATE ROLE :"app_role" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
-- only the app (and the admin) may connect to its database; nobody may create objects in the public schema
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- the app's schema: Flyway creates the warehouse and Spring Batch's tables in it, as the app
CREATE SCHEMA :"app_schema" AUTHORIZATION :"app_role";
ALTER ROLE :"app_role" IN DATABASE :"db" SET search_path = :"app_schema";
