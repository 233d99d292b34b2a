/**
 * governance-rules as a named module: rule packs on Drools 10 behind the policies governance-core defines.
 *
 * <p>Exports the front door and every package a host or a pack's rules use; the sandbox that checks a pack's
 * compiled code is internal. Drools' jars are automatic modules (none ships a descriptor), so they are required by
 * the names their manifests give. The built-in packs are resources of this module, opened so that the pack loader
 * finds them through a class loader as it does on the class path. The facts package is open as well: the rules
 * Drools generates for a pack live in the engine's own class loader and read the facts reflectively.
 *
 * <p>On the module path, slf4j-simple does not open its package, so engine loggers created before the library was
 * first used keep their level (those created later are switched off as on the class path); a host that wants them
 * quiet too adds {@code --add-opens org.slf4j.simple/org.slf4j.simple=org.gridgov.rules}.
 */
module org.gridgov.rules {
    requires transitive org.gridgov.core;
    requires transitive org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.compiler;
    requires org.drools.drl.parser;
    requires org.drools.decisiontables;
    requires org.drools.model.codegen;
    requires org.drools.engine;
    requires org.apache.poi.poi;
    // Decision tables in .drl.xlsx are read by Drools through POI's OOXML part: required so that it is resolved.
    requires org.apache.poi.ooxml;
    requires org.slf4j;
    requires java.logging;

    exports org.gridgov;
    exports org.gridgov.rules.deliberation;
    exports org.gridgov.rules.escalation;
    exports org.gridgov.rules.evaluation;
    exports org.gridgov.rules.facts;
    exports org.gridgov.rules.firing;
    exports org.gridgov.rules.pack;
    exports org.gridgov.rules.registry;
    exports org.gridgov.rules.routing;
    exports org.gridgov.rules.runtime;
    exports org.gridgov.rules.scenario;
    exports org.gridgov.rules.service;

    opens org.gridgov.rules.facts;
    // Scenario files are bound to records by Jackson.
    opens org.gridgov.rules.scenario to com.fasterxml.jackson.databind;
    opens org.gridgov.rules.packs.base;
    opens org.gridgov.rules.packs.base.rules;
}
