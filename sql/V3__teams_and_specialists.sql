-- Teams (a NAV office or a jobcentre), the managers of each team, and the specialists who belong to one.
-- A specialist is known by the user name in their token; their record is created from the token on first use or by
-- an administrator.

CREATE TABLE team (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    municipality_code VARCHAR(4),
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_team_code UNIQUE (code)
);

CREATE TABLE team_manager (
    team_id  BIGINT       NOT NULL,
    username VARCHAR(100) NOT NULL,
    PRIMARY KEY (team_id, username),
    CONSTRAINT fk_team_manager_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE INDEX ix_team_manager_username ON team_manager (username);

CREATE TABLE specialist (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    username                 VARCHAR(100)  NOT NULL,
    display_name             VARCHAR(200)  NOT NULL,
    team_id                  BIGINT        NOT NULL,
    weekly_hours             DECIMAL(4, 1) NOT NULL,
    office_street            VARCHAR(200),
    office_postcode          VARCHAR(4),
    office_city              VARCHAR(100),
    office_municipality_code VARCHAR(4),
    office_latitude          DOUBLE,
    office_longitude         DOUBLE,
    created_at               DATETIME(6)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    CONSTRAINT uq_specialist_username UNIQUE (username),
    CONSTRAINT fk_specialist_team FOREIGN KEY (team_id) REFERENCES team (id)
);
