-- What each published run said of each initiative beyond its decision, for the Changes sheet
-- and restatements (SPEC §2.6); money in cents as published (portable: HSQLDB and PostgreSQL).
CREATE TABLE REVIEW_OUTCOME (
    JOB_EXECUTION_ID BIGINT NOT NULL,
    INITIATIVE_ID VARCHAR(40) NOT NULL,
    FINDINGS VARCHAR(400) NOT NULL,
    ATTAINMENT DOUBLE PRECISION,
    VARIANCE_ITD DECIMAL(30,2),
    EAC DECIMAL(30,2),
    BENEFIT_ITD DECIMAL(30,2),
    RECOMMENDED_FUNDING DECIMAL(30,2),
    PRIMARY KEY (JOB_EXECUTION_ID, INITIATIVE_ID)
);
