-- Group work: rooms and interpreters (simple registers), groups (gruppomgångar) of a programme,
-- their members and sessions, and attendance.

CREATE TABLE room (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(100) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_room_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE interpreter (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    version  BIGINT       NOT NULL DEFAULT 0,
    name     VARCHAR(100) NOT NULL,
    agency   VARCHAR(100),
    language VARCHAR(60),
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- "group" is a reserved word: the table is group_round (gruppomgång).
CREATE TABLE group_round (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    programme_id   BIGINT        NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    start_date     DATE          NOT NULL,
    end_date       DATE,
    room_id        BIGINT,
    language       VARCHAR(60),
    interpreter_id BIGINT,
    capacity       INT,
    headcount_only BOOLEAN       NOT NULL DEFAULT FALSE,
    notes          VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT fk_group_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_group_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_group_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id),
    CONSTRAINT ck_group_capacity CHECK (capacity IS NULL OR capacity > 0),
    CONSTRAINT ck_group_period CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_group_programme ON group_round (programme_id, start_date);

CREATE TABLE group_leader (
    group_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_leader_group FOREIGN KEY (group_id) REFERENCES group_round (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A member from the day they joined (late intake) to the day they left, if they did.
CREATE TABLE group_member (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    version      BIGINT NOT NULL DEFAULT 0,
    group_id     BIGINT NOT NULL,
    enrolment_id BIGINT NOT NULL,
    joined       DATE   NOT NULL,
    left_on      DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_group_member UNIQUE (group_id, enrolment_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES group_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_group_member_period CHECK (left_on IS NULL OR left_on >= joined)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_group_member_enrolment ON group_member (enrolment_id);

CREATE TABLE group_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version         BIGINT       NOT NULL DEFAULT 0,
    group_id        BIGINT       NOT NULL,
    number          INT          NOT NULL,
    session_date    DATE         NOT NULL,
    start_time      TIME         NOT NULL,
    end_time        TIME         NOT NULL,
    theme           VARCHAR(200),
    guest_role      VARCHAR(100),
    guest_name      VARCHAR(100),
    room_id         BIGINT,
    intake          BOOLEAN      NOT NULL DEFAULT FALSE,
    cancelled       BOOLEAN      NOT NULL DEFAULT FALSE,
    override_reason VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_session_group FOREIGN KEY (group_id) REFERENCES group_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_session_times CHECK (end_time > start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE INDEX ix_session_date ON group_session (session_date, start_time);
CREATE INDEX ix_session_group ON group_session (group_id, session_date);

CREATE TABLE session_leader (
    session_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT fk_session_leader_session FOREIGN KEY (session_id) REFERENCES group_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_session_leader_user ON session_leader (user_id);

CREATE TABLE attendance (
    session_id   BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    status       VARCHAR(12) NOT NULL,
    PRIMARY KEY (session_id, enrolment_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES group_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('NARVARANDE', 'FRANVARANDE', 'AVBOKAT'))
) ENGINE = InnoDB;

CREATE INDEX ix_attendance_enrolment ON attendance (enrolment_id);

-- Headcount groups: how many women and men came.
CREATE TABLE session_headcount (
    session_id BIGINT NOT NULL,
    women      INT    NOT NULL,
    men        INT    NOT NULL,
    PRIMARY KEY (session_id),
    CONSTRAINT fk_session_headcount_session FOREIGN KEY (session_id) REFERENCES group_session (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_headcount CHECK (women >= 0 AND men >= 0)
) ENGINE = InnoDB;
