#!/bin/bash
# Runs once, when MariaDB initialises an empty volume (/docker-entrypoint-initdb.d). The image has
# already made MARIADB_USER (samspar), which owns the schema: Flyway migrates with it. This adds
# the account the app runs as, with rights on the data only: no TRUNCATE (that needs DROP), DROP,
# ALTER, CREATE or TRIGGER, so that it cannot empty or rewrite the audit log behind the triggers
# (docs/operations.md, "Database accounts"; AuditForgeryTest runs these grants).
set -eu
: "${SAMSPAR_DB_APP_PASSWORD:?set SAMSPAR_DB_APP_PASSWORD}"
password=${SAMSPAR_DB_APP_PASSWORD//\\/\\\\}
password=${password//\'/\'\'}
mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'samspar_app'@'%' IDENTIFIED BY '${password}';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MARIADB_DATABASE}\`.* TO 'samspar_app'@'%';
SQL
