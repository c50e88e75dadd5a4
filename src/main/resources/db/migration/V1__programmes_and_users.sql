-- Programmes (insatser), their places per period, and the users with their roles and programmes.
-- Swedish collation so that names sort as a Swedish reader expects (å, ä, ö after z).

CREATE TABLE programme (
    id                           BIGINT        NOT NULL AUTO_INCREMENT,
    version                      BIGINT        NOT NULL DEFAULT 0,
    name                         VARCHAR(100)  NOT NULL,
    short_description            VARCHAR(500),
    kind                         VARCHAR(20)   NOT NULL,
    target_group                 VARCHAR(4000),
    purpose                      VARCHAR(4000),
    min_age                      INT,
    max_age                      INT,
    target_share_work_or_studies INT,
    active_from                  DATE          NOT NULL,
    active_to                    DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_programme_name UNIQUE (name),
    CONSTRAINT ck_programme_kind CHECK (kind IN ('INDIVIDUAL', 'HEADCOUNT', 'BOTH')),
    CONSTRAINT ck_programme_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
    CONSTRAINT ck_programme_period CHECK (active_to IS NULL OR active_to >= active_from),
    CONSTRAINT ck_programme_target CHECK (target_share_work_or_studies IS NULL
        OR target_share_work_or_studies BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE programme_municipality (
    programme_id BIGINT      NOT NULL,
    municipality VARCHAR(60) NOT NULL,
    PRIMARY KEY (programme_id, municipality),
    CONSTRAINT fk_programme_municipality_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE place_allocation (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    programme_id BIGINT      NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    label        VARCHAR(60),
    places       INT         NOT NULL,
    valid_from   DATE        NOT NULL,
    valid_to     DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_place_allocation_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_place_allocation_kind CHECK (kind IN ('BUDGETED', 'FOLLOW_UP', 'OTHER')),
    CONSTRAINT ck_place_allocation_places CHECK (places >= 0),
    CONSTRAINT ck_place_allocation_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_place_allocation_programme ON place_allocation (programme_id, valid_from);

CREATE TABLE app_user (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    version               BIGINT       NOT NULL DEFAULT 0,
    username              VARCHAR(60)  NOT NULL,
    full_name             VARCHAR(100) NOT NULL,
    email                 VARCHAR(254),
    password_hash         VARCHAR(255) NOT NULL,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'SAMORDNARE', 'PERSONAL', 'STYRELSE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE app_user_programme (
    user_id      BIGINT NOT NULL,
    programme_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, programme_id),
    CONSTRAINT fk_app_user_programme_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_app_user_programme_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
