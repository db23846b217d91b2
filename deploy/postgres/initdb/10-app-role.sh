#!/bin/sh
# Run once by the postgres image when it creates the database (docker-entrypoint-initdb.d): the app's own role and
# schema (deploy/postgres/app-role.sql), with the app's password from its Docker secret.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_role=bilaga1_app -v app_schema=bilaga1 -v db="$POSTGRES_DB" \
  -v app_password="$(cat /run/secrets/db_password)" \
  -f /bilaga1-postgres/app-role.sql
