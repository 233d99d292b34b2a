package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gridgov.city.City;
import org.gridgov.governance.GovernanceSettings;
import org.gridgov.rules.routing.CompiledRoutingPack;

/** What the parts of the demo share: the city, its pack with the engine settings, and where and how to print. */
abstract class DemoPart {
    final City city;
    final CompiledRoutingPack pack;
    final GovernanceSettings settings;
    final PrintWriter out;
    final Locale locale;
    final boolean zh;

    DemoPart(City city, CompiledRoutingPack pack, GovernanceSettings settings, PrintWriter out, Locale locale) {
        this.city = city;
        this.pack = pack;
        this.settings = settings;
        this.out = out;
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
    }
}
