package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.runtime.CompiledActivePack;

/**
 * What the parts of the demo share: the city, the door that builds its engines (each part a fresh one), the pack's
 * rules (for their descriptions) and engine settings, and where and how to print.
 */
abstract class DemoPart {
    final City city;
    final GridGov door;
    final CompiledActivePack pack;
    final CompiledPack compiled;
    final GovernanceSettings settings;
    final PrintWriter out;
    final Locale locale;
    final boolean zh;

    DemoPart(GridGov door, CityEngine first, PrintWriter out, Locale locale) {
        this.city = first.city();
        this.door = door;
        this.pack = CompiledActivePack.of(first.pack());
        this.compiled = first.pack();
        this.settings = first.settings();
        this.out = out;
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
    }
}
