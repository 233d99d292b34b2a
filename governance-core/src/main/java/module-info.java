/**
 * governance-core as a named module: the whole model is API, so every package is exported.
 * It is open: Jackson binds profile documents by reflection and the shipped tables (holidays, procedures) are
 * resources of its packages. Pure Java: no rule engine is required here.
 */
open module org.gridgov.core {
    requires transitive com.google.common;
    requires org.slf4j;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.yaml.snakeyaml;
    exports org.gridgov.actor;
    exports org.gridgov.audit;
    exports org.gridgov.authorization;
    exports org.gridgov.category;
    exports org.gridgov.city;
    exports org.gridgov.deliberation;
    exports org.gridgov.division;
    exports org.gridgov.document;
    exports org.gridgov.engine;
    exports org.gridgov.escalation;
    exports org.gridgov.evaluation;
    exports org.gridgov.i18n;
    exports org.gridgov.issue;
    exports org.gridgov.jurisdiction;
    exports org.gridgov.metrics;
    exports org.gridgov.mode;
    exports org.gridgov.organization;
    exports org.gridgov.people;
    exports org.gridgov.policy;
    exports org.gridgov.privacy;
    exports org.gridgov.procedure;
    exports org.gridgov.profile;
    exports org.gridgov.report;
    exports org.gridgov.role;
    exports org.gridgov.routing;
    exports org.gridgov.service;
    exports org.gridgov.store;
    exports org.gridgov.time;
    exports org.gridgov.timeline;
    exports org.gridgov.validation;
    exports org.gridgov.visit;
}
